/**
 * The adapters' one way to call a platform: bearer token, JSON, and errors that say which platform failed, how,
 * and whether trying again can help (429 and 5xx can; other 4xx cannot). Retrying is the caller's business
 * (a Temporal activity's retry policy), so nothing here retries.
 */

export class PlatformApiError extends Error {
  override name = 'PlatformApiError';
  constructor(
    message: string,
    /** The platform as users name it ("Facebook", "YouTube"). */
    readonly platform: string,
    /** HTTP status, or null when no response came (network failure). */
    readonly status: number | null,
    readonly retryable: boolean,
    /** The API's own error reason where it gives one (YouTube `commentsDisabled`, Graph error code). */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export interface ApiConfig {
  /** The API root, e.g. the Graph API with its version; tests and the simulator point it elsewhere. */
  baseUrl: string;
  accessToken: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface ApiClientOptions extends ApiConfig {
  platform: string;
  headers?: Record<string, string>;
}

export class ApiClient {
  private readonly base: URL;
  constructor(private readonly options: ApiClientOptions) {
    // A trailing slash makes relative paths resolve below the root instead of replacing its last segment.
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  }

  get platform(): string {
    return this.options.platform;
  }

  /** A path below the base URL (`page/posts`), an absolute path (`/rest/posts?...`) or a full URL (`paging.next`). */
  url(pathOrUrl: string, query: Record<string, string | number | undefined> = {}): URL {
    const url = new URL(pathOrUrl, this.base);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  async get<T>(pathOrUrl: string | URL, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const url = pathOrUrl instanceof URL ? pathOrUrl : this.url(pathOrUrl, query);
    // Paging links come from the response; the token goes nowhere but the API it was issued for.
    if (url.origin !== this.base.origin) {
      throw new PlatformApiError(`${this.platform}: sidhänvisning till annan värd (${url.origin}) följs inte`, this.platform, null, false);
    }
    // Never the query string in a message: Graph paging links carry the access token.
    const where = `GET ${url.pathname}`;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers: { accept: 'application/json', authorization: `Bearer ${this.options.accessToken}`, ...this.options.headers },
      });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new PlatformApiError(`${this.platform} kunde inte nås (${where}): ${cause}`, this.platform, null, true);
    }
    const body = await response.text();
    if (!response.ok) {
      const { message, reason } = apiErrorOf(body);
      const retryable = response.status === 429 || response.status >= 500;
      throw new PlatformApiError(
        `${this.platform} svarade HTTP ${response.status} på ${where}${message ? `: ${message}` : ''}`,
        this.platform,
        response.status,
        retryable,
        reason,
      );
    }
    try {
      return JSON.parse(body) as T;
    } catch {
      throw new PlatformApiError(`${this.platform} svarade med ogiltig JSON på ${where}`, this.platform, response.status, true);
    }
  }
}

/** The message and reason in the error bodies of Graph (`error.message`, `error.code`), Google and LinkedIn. */
function apiErrorOf(body: string): { message?: string; reason?: string } {
  try {
    const parsed = JSON.parse(body) as {
      error?: { message?: string; code?: number | string; errors?: { reason?: string }[] };
      message?: string;
      serviceErrorCode?: number;
    };
    if (parsed.error) {
      const reason = parsed.error.errors?.[0]?.reason ?? (parsed.error.code !== undefined ? String(parsed.error.code) : undefined);
      return { message: parsed.error.message, reason };
    }
    return { message: parsed.message, reason: parsed.serviceErrorCode !== undefined ? String(parsed.serviceErrorCode) : undefined };
  } catch {
    return { message: body.trim().slice(0, 200) || undefined };
  }
}

/** Graph writes `2024-05-01T10:00:00+0000`, which not every Date parser takes; the others write ISO 8601 or epoch ms. */
export function parseTime(value: string | number): Date {
  const date = typeof value === 'number' ? new Date(value) : new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) throw new Error(`invalid time from the platform: ${value}`);
  return date;
}

/** Runs `task` over `items` at most `limit` at a time, keeping the order of the results. */
export async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
