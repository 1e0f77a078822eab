#include "auth/redact.hpp"

namespace salient::auth {

void RedactHidden(const Actor& actor, std::string_view object, boost::json::object& record) {
  if (!actor.role) return;
  auto hidden = actor.role->hidden_fields.find(object);
  if (hidden == actor.role->hidden_fields.end()) return;
  for (const auto& field : hidden->second) record.erase(field);
}

}  // namespace salient::auth
