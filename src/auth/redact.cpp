#include "auth/redact.hpp"

namespace salient::auth {

const std::vector<std::string>* HiddenFields(const Actor& actor, std::string_view object) {
  if (!actor.role) return nullptr;
  auto hidden = actor.role->hidden_fields.find(object);
  return hidden == actor.role->hidden_fields.end() ? nullptr : &hidden->second;
}

void RedactHidden(const Actor& actor, std::string_view object, boost::json::object& record) {
  if (const auto* hidden = HiddenFields(actor, object))
    for (const auto& field : *hidden) record.erase(field);
}

}  // namespace salient::auth
