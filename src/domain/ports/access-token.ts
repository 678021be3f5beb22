/** Gets a bearer token for Microsoft Graph with at least these scopes. */
export interface AccessTokenProvider {
  token(scopes: readonly string[]): Promise<string>;
}
