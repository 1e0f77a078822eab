// CSV imports through the API: upload, then poll the status (progress and report).
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/reply.hpp"

namespace salient::api {

void AddImportRoutes(Router& router, Services& s) {
  router.Add(
      "POST", "/api/v1/imports/orders", Access::kSession, "imports",
      "Upload an order CSV (body text/csv; dry_run, skip_bad_rows, file_name); 202 with the import id",
      [&s](Context& ctx) {
        auto dry_run = QueryBool(ctx.request, "dry_run");
        if (!dry_run.ok()) return Problem(ctx, dry_run.error());
        auto skip = QueryBool(ctx.request, "skip_bad_rows");
        if (!skip.ok()) return Problem(ctx, skip.error());
        crm::ImportRequest request;
        request.content = std::move(ctx.request.body);
        request.file_name = ctx.request.Query("file_name").value_or("orders.csv").substr(0, 200);
        request.dry_run = dry_run.value().value_or(false);
        request.skip_bad_rows = skip.value().value_or(false);
        auto id = s.imports.Enqueue(*ctx.actor, request);
        if (!id.ok()) return Problem(ctx, id.error());
        return JsonResponse(202, boost::json::object{{"id", core::IdToString(id.value())}, {"status", "queued"}});
      },
      "text/csv");
  router.Add("GET", "/api/v1/imports/{id}", Access::kSession, "imports", "Status, progress and report of an import",
             [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("import"));
               auto status = s.imports.Status(*ctx.actor, *id);
               if (!status.ok()) return Problem(ctx, status.error());
               return JsonResponse(200, status.value());
             });
}

}  // namespace salient::api
