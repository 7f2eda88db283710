import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import urql from '@urql/vue';
import type { App } from 'vue';
import { getToken, signOut } from './session.js';

/**
 * The one GraphQL client of the page. Every microfrontend gets this instance through `installGraphQL`, so
 * they share one document cache: a decision taken in the manager's app refreshes what the applicant's app
 * shows for the same account.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  // Lists should show other people's decisions when you come back to them, without a page reload.
  requestPolicy: 'cache-and-network',
  // POST always: Apollo Server's CSRF prevention refuses the plain GET requests urql would send for queries.
  preferGetMethod: false,
  exchanges: [
    mapExchange({
      onError(error) {
        // A token the API no longer accepts (expired, key rotated): start over at the sign-in page.
        const unauthenticated = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        if (unauthenticated && getToken()) signOut('expired');
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
  fetchOptions: (): RequestInit => {
    const token = getToken();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return { headers };
  },
});

/** Makes `useQuery`/`useMutation` in a Vue app talk through the shared client. */
export function installGraphQL(app: App): void {
  app.use(urql, graphqlClient);
}
