#pragma once
// Passwords (argon2id via libsodium) and bearer tokens (random, stored only as hashes).
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace salient::auth {

// Throws std::runtime_error if libsodium cannot allocate (out of memory).
std::string HashPassword(std::string_view password);
// Constant-time check; false for a malformed hash.
bool VerifyPassword(std::string_view hash, std::string_view password);
// kValidation naming `field` when the password is too weak.
core::Status CheckPasswordPolicy(std::string_view password, const std::string& field);

// 32 random bytes, base64url without padding.
std::string NewToken();
// SHA-256 hex of a token: what the database stores.
std::string HashToken(std::string_view token);
bool ConstantTimeEquals(std::string_view a, std::string_view b);
// Standard base64 (with padding) → bytes; nullopt when malformed.
std::optional<std::string> DecodeBase64(std::string_view text);
std::string EncodeBase64(std::string_view bytes);
// HMAC-SHA256 of `message` under `key`, lowercase hex (webhook signatures).
std::string HmacSha256Hex(std::string_view key, std::string_view message);

}  // namespace salient::auth
