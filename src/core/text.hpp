#pragma once
// Small string helpers shared by every module.
#include <string>
#include <string_view>
#include <vector>

namespace salient::core {

std::string ToLower(std::string_view text);
std::string Trim(std::string_view text);
std::vector<std::string> Split(std::string_view text, char separator);
bool StartsWith(std::string_view text, std::string_view prefix);
// Number of Unicode code points in UTF-8 text (for length limits people understand).
std::size_t Utf8Length(std::string_view text);
bool IsValidUtf8(std::string_view text);
// Loose shape checks for contact data: something@domain.tld; digits, spaces, + and -.
bool IsEmailAddress(std::string_view text);
bool IsPhoneNumber(std::string_view text);

}  // namespace salient::core
