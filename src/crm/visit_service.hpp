#pragma once
// Visits: planned and completed customer interactions (the "interaction frequency" the
// forecast uses). A check-in completes a visit with the time and place it happened and
// updates the customer's last visit date. Scoped like their customer.
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct Visit {
  core::Id id = 0;
  core::Id customer_id = 0;
  std::string customer_name;
  std::optional<core::Id> owner_id, zone_id;
  std::string owner_name;
  std::string status;  // planned | done | cancelled
  core::Millis planned_at = 0;
  std::optional<core::Millis> actual_at;
  std::optional<double> checkin_latitude, checkin_longitude;
  std::string purpose;
  std::optional<std::string> outcome, next_step;
  std::optional<core::Millis> follow_up_date;
  int version = 1;
};

boost::json::value VisitToJson(const Visit& visit);

struct VisitInput {
  std::optional<core::Id> customer_id;
  std::optional<core::Millis> planned_at;
  std::optional<std::string> purpose, status;
  std::optional<std::optional<std::string>> outcome, next_step;
  std::optional<std::optional<core::Millis>> follow_up_date;
  int version = 0;
};

struct CheckIn {
  double latitude = 0, longitude = 0;
  std::optional<std::string> outcome, next_step;
  std::optional<core::Millis> follow_up_date;
  int version = 0;
};

struct VisitQuery {
  core::ListParams list;
  std::string status;
  std::optional<core::Id> customer_id, owner_id;
  std::optional<core::Millis> from, to;  // planned_at range
};

class VisitService {
 public:
  explicit VisitService(store::Database& db) : db_(db) {}
  core::Result<Visit> Create(const auth::Actor& actor, const VisitInput& input);
  core::Result<Visit> Get(const auth::Actor& actor, core::Id id);
  core::Result<core::Page<Visit>> List(const auth::Actor& actor, const VisitQuery& query);
  core::Result<Visit> Update(const auth::Actor& actor, core::Id id, const VisitInput& patch);
  // Only a planned visit can be checked in (kConflict otherwise).
  core::Result<Visit> CheckInAt(const auth::Actor& actor, core::Id id, const CheckIn& check_in);
  core::Status Delete(const auth::Actor& actor, core::Id id);

 private:
  store::Database& db_;
};

}  // namespace salient::crm
