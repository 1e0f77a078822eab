// Both record outputs write the same JSON: the text path byte for byte what Boost.JSON
// serializes from the object path, escapes included, hidden fields left out of both.
#include "core/record_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace salient::core {
namespace {

void WriteSample(RecordFields& f) {
  f.Id("id", Id{384777910390906896});
  f.Text("name", std::string("杭州百货 \"East\"\\\n\t\x01 end"));
  f.Text("industry", std::optional<std::string>{});
  f.Int("credit_limit", -1000000);
  f.Double("latitude", 30.274084);
  f.Double("longitude", std::nullopt);
  f.Id("owner_id", std::optional<Id>{});
  f.Time("created_at", Millis{1795785002658});
  f.Time("last_visit_at", std::optional<Millis>{});
  f.Texts("tags", {"VIP", "华东"});
  f.Text("phone", "13800000000");
}

std::string AsText(const std::vector<std::string>* hidden) {
  std::string out;
  {
    TextFields fields(out, hidden);
    WriteSample(fields);
  }
  return out;
}

std::string AsObject(const std::vector<std::string>* hidden) {
  ObjectFields fields(hidden);
  WriteSample(fields);
  return boost::json::serialize(fields.Take());
}

TEST(RecordJson, TextIsWhatTheObjectSerializesTo) {
  EXPECT_EQ(AsText(nullptr), AsObject(nullptr));
  const auto parsed = boost::json::parse(AsText(nullptr)).as_object();
  EXPECT_EQ(parsed.at("id").as_string(), "384777910390906896");
  EXPECT_EQ(parsed.at("name").as_string(), "杭州百货 \"East\"\\\n\t\x01 end");
  EXPECT_TRUE(parsed.at("industry").is_null());
  EXPECT_EQ(parsed.at("created_at").as_string(), "2026-11-27T13:10:02.658Z");
  EXPECT_EQ(parsed.at("tags").as_array().size(), 2u);
}

TEST(RecordJson, HiddenFieldsAreLeftOutOfBoth) {
  const std::vector<std::string> hidden = {"phone", "credit_limit"};
  EXPECT_EQ(AsText(&hidden), AsObject(&hidden));
  const auto parsed = boost::json::parse(AsText(&hidden)).as_object();
  EXPECT_FALSE(parsed.contains("phone"));
  EXPECT_FALSE(parsed.contains("credit_limit"));
  EXPECT_TRUE(parsed.contains("name"));
}

TEST(RecordJson, StringsEscapeQuotesBackslashesAndControlCharacters) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\x1f" "d\r");
  EXPECT_EQ(out, R"("a\"b\\c\u001fd\r")");
  // Long runs are skipped a word at a time; what follows them is still escaped.
  // Short tails are checked as one padded word: an escape anywhere in them is still found.
  for (const std::string& text : {std::string(40, 'x') + "\"", std::string("华东区域销售有限公司的客户\n第二行"), std::string(64, 'y'),
                                 std::string("ab\""), std::string("\n"), std::string("1234567\t"), std::string("12345678\\"),
                                 std::string("abc"), std::string(""), std::string("12345678abcdefg\x01")}) {
    std::string fast;
    AppendJsonString(fast, text);
    EXPECT_EQ(fast, boost::json::serialize(boost::json::string(text))) << text;
  }
}

}  // namespace
}  // namespace salient::core
