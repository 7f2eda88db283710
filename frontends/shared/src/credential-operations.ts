import { graphql } from './gql/index.js';

/**
 * The credential vault's operations: what the account shows (metadata only), depositing, and revealing once. The
 * revealed secret lives only in the component that asked for it; the reveal is never cached (network-only mutation).
 */

export const credentialFields = graphql(`
  fragment CredentialFields on Account {
    id
    status
    credentialActions
    credentialDeposit {
      depositedAt
      depositedByName
      destroyedAt
      destroyedByName
      destroyedReason
    }
  }
`);

export const accountCredentialsQuery = graphql(`
  query AccountCredentials($id: ID!) {
    account(id: $id) {
      ...CredentialFields
    }
  }
`);

export const depositCredentialsMutation = graphql(`
  mutation DepositCredentials($accountId: ID!, $input: CredentialDepositInput!) {
    depositCredentials(accountId: $accountId, input: $input) {
      ...CredentialFields
    }
  }
`);

export const revealCredentialsMutation = graphql(`
  mutation RevealCredentials($accountId: ID!, $reason: String) {
    revealCredentials(accountId: $accountId, reason: $reason) {
      loginName
      loginEmail
      secret
      depositedAt
      depositedByName
    }
  }
`);
