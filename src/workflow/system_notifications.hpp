#pragma once
// Built-in notifications about accounts, driven by outbox events (consumer
// "system_notifications"): welcome on account creation, password reset by an admin,
// role change, becoming a zone's manager, and an account lock (to every admin).
#include "store/outbox_consumer.hpp"

namespace salient::workflow {

core::Status HandleSystemNotification(store::Tx& tx, const store::Event& event);

}  // namespace salient::workflow
