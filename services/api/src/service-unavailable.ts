import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './errors.js';
import { GraphQLError, type GraphQLFormattedError } from './graphql.js';

/**
 * The one rule for "PostgreSQL or Temporal is out of reach right now": such a failure is not the caller's fault and
 * goes away by itself (a restart, a failover), so the caller gets SERVICE_UNAVAILABLE with `retryable: true`, a
 * Swedish sentence instead of the driver's message, and over HTTP a 503 with Retry-After. Everything else keeps
 * its own code; an unexpected error stays INTERNAL_SERVER_ERROR.
 */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Tjänsten är tillfälligt otillgänglig, försök igen om en stund.';
/** Seconds a client should wait before trying again: about what a database or Temporal restart takes. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a server that is down, restarting or unreachable. */
const UNREACHABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs of a server that is going away or not back yet: class 08 (connection exception),
 * 57P01 admin_shutdown (fast shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting
 * down), 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** node-postgres reports a dropped connection or a connect timeout without a code. */
const DROPPED_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable/i;

/** gRPC status codes of a Temporal server that is down or did not answer in time: UNAVAILABLE, DEADLINE_EXCEEDED. */
const UNAVAILABLE_GRPC_STATUS = new Set([14, 4]);

function isGrpcStatus(error: object): error is { code: number; details: string } {
  return typeof (error as { code?: unknown }).code === 'number' && typeof (error as { details?: unknown }).details === 'string';
}

function isUnavailableItself(error: object): boolean {
  if (isGrpcStatus(error)) return UNAVAILABLE_GRPC_STATUS.has(error.code);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_ERRNO.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  const name = (error as { name?: unknown }).name;
  // The update's long poll ran out of time (a deadline or the retries on an unreachable server).
  if (name === 'WorkflowUpdateRPCTimeoutOrCancelledError') return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && DROPPED_CONNECTION.test(message);
}

/**
 * The error, or the one it wraps (GraphQL's originalError, TypeORM's driverError, a cause, the errors of an
 * AggregateError such as pg's connect to several addresses), that says PostgreSQL or Temporal is out of reach;
 * undefined when none does.
 */
export function unavailabilityIn(error: unknown): Error | undefined {
  const seen = new Set<object>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const wrapper = current as { originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    // Already answered as unavailable (the context's failure): what it wraps says why.
    if (current instanceof GraphQLError && current.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
      return unavailabilityIn(current.originalError) ?? current;
    }
    if (isUnavailableItself(current)) return current as Error;
    pending.push(wrapper.originalError, wrapper.driverError, wrapper.cause);
    if (Array.isArray(wrapper.errors)) pending.push(...wrapper.errors);
  }
  return undefined;
}

export const isServiceUnavailable = (error: unknown): boolean => unavailabilityIn(error) !== undefined;

const retryAfter = (): [string, string] => ['retry-after', String(RETRY_AFTER_SECONDS)];

/** What the client sees; the driver's message (host names, ports, SQL) only goes to the log. */
export function asServiceUnavailable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const cause = unavailabilityIn(error);
  if (!cause) return null;
  console.warn(`[api] ${formatted.path?.join('.') ?? 'request'}: unavailable: ${cause.message}`);
  return {
    message: SERVICE_UNAVAILABLE_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
  };
}

/** Answers a GraphQL request that met an unavailable server with 503 and Retry-After instead of 200 or 500. */
export function serviceUnavailablePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some(isServiceUnavailable)) return;
          response.http.status = 503;
          response.http.headers.set(...retryAfter());
        },
      };
    },
  };
}

/**
 * The context (who is calling: a database read) is made before Apollo's request pipeline, so its plugins never see
 * a failure there; such an error carries its HTTP status itself.
 */
export async function creatingContext<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isServiceUnavailable(error)) throw error;
    throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, http: { status: 503, headers: new HeaderMap([retryAfter()]) } },
    });
  }
}

/** The same answer for the plain HTTP routes beside GraphQL (files, archive packages). */
export function serviceUnavailableHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!isServiceUnavailable(error) || res.headersSent) {
    next(error);
    return;
  }
  res
    .status(503)
    .set(...retryAfter())
    .json({ error: { code: ErrorCode.SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE, retryable: true } });
}
