#pragma once
// The application as the HTTP layer sees it: one entry point that routes a request,
// authenticates it, checks CSRF, runs the handler and maps every failure to
// problem+json. Owns the services; thread-safe (handlers run on a worker pool).
#include <memory>

#include "api/idempotency.hpp"
#include "api/message.hpp"
#include "api/router.hpp"
#include "auth/auth_config.hpp"
#include "auth/role_catalog.hpp"
#include "auth/session_service.hpp"
#include "auth/user_service.hpp"
#include "crm/contact_service.hpp"
#include "crm/customer_service.hpp"
#include "crm/import_jobs.hpp"
#include "crm/opportunity_service.hpp"
#include "crm/price_list_service.hpp"
#include "crm/quote_service.hpp"
#include "crm/visit_service.hpp"
#include "meta/saved_view_service.hpp"
#include "crm/order_service.hpp"
#include "crm/product_service.hpp"
#include "org/zone_service.hpp"
#include "store/database.hpp"
#include "crm/workflow_sources.hpp"
#include "workflow/approval_service.hpp"
#include "workflow/messaging.hpp"
#include "workflow/approval_chain.hpp"
#include "workflow/rule_service.hpp"
#include "workflow/task_service.hpp"
#include "workflow/webhooks.hpp"
#include "workflow/notification_service.hpp"

namespace salient::api {

struct AppConfig {
  auth::AuthConfig auth;
  bool secure_cookies = false;  // add `Secure` to cookies (when served over HTTPS)
};

struct Services {
  explicit Services(store::Database& db, const AppConfig& config)
      : db(db), roles(db), sessions(db, roles, session_cache, config.auth), users(db, roles, session_cache), zones(db),
        notifications(db), customers(db), contacts(db), products(db), orders(db),
        opportunities(db), visits(db), quotes(db), views(db),
        imports(db, [this](core::Id user_id) { return sessions.ActorFor(user_id); }), price_lists(db),
        approvals(db, {{"quote", crm::ApplyQuoteApproval}}), tasks(db), record_sources(crm::WorkflowRecordSources()),
        rules(db, record_sources), approval_chains(db, record_sources), webhooks(db),
        messages(db, record_sources, [this](core::Id user_id) { return sessions.ActorFor(user_id); }) {}
  store::Database& db;
  auth::RoleCatalog roles;
  auth::SessionCache session_cache;
  auth::SessionService sessions;
  auth::UserService users;
  org::ZoneService zones;
  workflow::NotificationService notifications;
  crm::CustomerService customers;
  crm::ContactService contacts;
  crm::ProductService products;
  crm::OrderService orders;
  crm::OpportunityService opportunities;
  crm::VisitService visits;
  crm::QuoteService quotes;
  meta::SavedViewService views;
  crm::ImportJobs imports;
  crm::PriceListService price_lists;
  workflow::ApprovalService approvals;
  workflow::TaskService tasks;
  workflow::RecordSources record_sources;  // before `rules`, which reads it
  workflow::RuleService rules;
  workflow::ApprovalChainService approval_chains;
  workflow::WebhookService webhooks;
  workflow::MessageService messages;
};

class App {
 public:
  App(store::Database& db, AppConfig config);

  Response Handle(Request& request);
  // For routes marked FromSession: the response, computed on the calling thread, when the
  // session is in memory; nullopt otherwise (then Handle it on a worker).
  std::optional<Response> HandleFromSession(Request& request);
  // Resolves the caller from the bearer token, the session cookie or ?access_token=
  // (WebSocket upgrades cannot set headers).
  core::Result<auth::Actor> Authenticate(const Request& request);
  const Router& router() const { return router_; }
  Services& services() { return services_; }
  const AppConfig& config() const { return config_; }

 private:
  AppConfig config_;
  Services services_;
  IdempotencyKeys idempotency_;
  Router router_;
};

// Route tables, one per area (each in its own *_routes.cpp).
void AddAuthRoutes(Router& router, Services& services, const AppConfig& config);
void AddUserRoutes(Router& router, Services& services);
void AddZoneRoutes(Router& router, Services& services);
void AddRoleRoutes(Router& router, Services& services);
void AddAuditRoutes(Router& router, Services& services);
void AddNotificationRoutes(Router& router, Services& services);
void AddForecastRoutes(Router& router, Services& services);
void AddCustomerRoutes(Router& router, Services& services);
void AddProductRoutes(Router& router, Services& services);
void AddOrderRoutes(Router& router, Services& services);
void AddPipelineRoutes(Router& router, Services& services);
void AddViewRoutes(Router& router, Services& services);
void AddImportRoutes(Router& router, Services& services);
void AddPriceListRoutes(Router& router, Services& services);
void AddApprovalRoutes(Router& router, Services& services);
void AddTaskRoutes(Router& router, Services& services);
void AddRuleRoutes(Router& router, Services& services);
void AddWebhookRoutes(Router& router, Services& services);
void AddMessageRoutes(Router& router, Services& services);
void AddOpenApiRoute(Router& router);

}  // namespace salient::api
