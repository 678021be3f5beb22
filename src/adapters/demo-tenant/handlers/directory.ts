import { graphError, mailboxOf, ok, page, type Route, route, select } from "../http";

/** `/me`, `/users` and `/places/microsoft.graph.room`. */
export const directoryRoutes: Route[] = [
  route("GET", /^\/me$/, (req, _p, ctx) => {
    const me = ctx.state.users.find((u) => u.id === ctx.state.meId);
    return me
      ? ok(
          select(
            { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity", ...me },
            req.url.searchParams.get("$select"),
          ),
        )
      : graphError(404, "Request_ResourceNotFound", "Resource not found.", ctx.now());
  }),
  route("GET", /^\/users$/, (req, _p, ctx) => {
    const s = req.url.searchParams.get("$select");
    return page(
      req,
      ctx.state.users.map((u) => select(u, s)),
      100,
    );
  }),
  route("GET", /^\/users\/([^/]+)$/, (req, [who], ctx) => {
    const address = mailboxOf(ctx, who);
    const user = ctx.state.users.find((u) => u.mail?.toLowerCase() === address);
    if (!user)
      return graphError(
        404,
        "Request_ResourceNotFound",
        `Resource '${who}' does not exist or one of its queried reference-property objects are not present.`,
        ctx.now(),
      );
    return ok(select(user, req.url.searchParams.get("$select")));
  }),
  route("GET", /^\/places\/microsoft\.graph\.room$/, (req, _p, ctx) =>
    page(
      req,
      ctx.state.rooms.map((r) => ({ "@odata.type": "#microsoft.graph.room", ...r })),
      100,
    ),
  ),
];
