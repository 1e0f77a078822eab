#include <gtest/gtest.h>

#include <set>

#include "core/id.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "core/time.hpp"

namespace salient::core {

TEST(IdGenerator, IdsAreUniqueAndOrderedEvenWhenTheClockStandsStill) {
  ManualClock clock(1764230400000);
  IdGenerator ids(clock, 3);
  std::set<Id> seen;
  Id last = 0;
  for (int i = 0; i < 10000; ++i) {  // more than one millisecond's sequence space
    const Id id = ids.Next();
    EXPECT_GT(id, last);
    last = id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 10000u);
  EXPECT_GE(ids.Next(), MinIdAt(clock.NowMillis()));
}

TEST(ParseId, AcceptsOnlyPositiveDecimal) {
  EXPECT_EQ(ParseId("42"), 42);
  EXPECT_FALSE(ParseId(""));
  EXPECT_FALSE(ParseId("-1"));
  EXPECT_FALSE(ParseId("12a"));
  EXPECT_FALSE(ParseId("99999999999999999999"));
}

TEST(Time, FormatsAndParsesIso) {
  EXPECT_EQ(FormatIso(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIso(1764230400123), "2025-11-27T08:00:00.123Z");
  EXPECT_EQ(ParseIso("2025-11-27T08:00:00.123Z"), 1764230400123);
  EXPECT_EQ(ParseIso("2025-11-27"), 1764201600000);
  EXPECT_EQ(ParseIso("2025-11-27T16:00:00+08:00"), 1764230400000);
  EXPECT_FALSE(ParseIso("2025-02-30"));
  EXPECT_FALSE(ParseIso("yesterday"));
}

TEST(Text, Utf8) {
  EXPECT_EQ(Utf8Length("华东区"), 3u);
  EXPECT_TRUE(IsValidUtf8("华东 East"));
  EXPECT_FALSE(IsValidUtf8("\xE5\x8D"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Json, ParsesOrReportsInvalid) {
  EXPECT_TRUE(ParseJson(R"({"a":1})"));
  EXPECT_FALSE(ParseJson("{a:1}"));
  EXPECT_EQ(Serialize(IdValue(9007199254740993)), "\"9007199254740993\"");
}

}  // namespace salient::core

#include <sstream>

#include "core/csv.hpp"
#include "core/money.hpp"

namespace salient::core {

TEST(Money, ParsesDecimalsExactly) {
  EXPECT_EQ(ParseDecimalMoney("261.96"), 26196);
  EXPECT_EQ(ParseDecimalMoney("1,234.5"), 123450);
  EXPECT_EQ(ParseDecimalMoney("-3"), -300);
  EXPECT_EQ(ParseDecimalMoney("0.125"), 13);
  EXPECT_EQ(ParseDecimalMoney("22.3680"), 2237);
  EXPECT_FALSE(ParseDecimalMoney("12a"));
  EXPECT_FALSE(ParseDecimalMoney("."));
  EXPECT_FALSE(ParseDecimalMoney(""));
  EXPECT_EQ(FormatMoney(26196), "261.96");
  EXPECT_EQ(FormatMoney(-5), "-0.05");
}

TEST(Money, DiscountRoundsHalfAwayFromZero) {
  EXPECT_EQ(ApplyDiscount(10000, 1500), 8500);
  EXPECT_EQ(ApplyDiscount(333, 1000), 300);  // 299.7 → 300
  EXPECT_EQ(ApplyDiscount(105, 5000), 53);   // 52.5 → 53
  EXPECT_EQ(ApplyDiscount(100, 0), 100);
  EXPECT_EQ(ApplyDiscount(100, 10000), 0);
}

TEST(Csv, ReadsQuotedFieldsAndReportsLines) {
  std::istringstream in("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, \"\"y\"\"\",3\n\n2,\"multi\nline\",4\n5,,");
  CsvReader reader(in);
  std::vector<std::string> f;
  ASSERT_TRUE(reader.Next(f));
  EXPECT_EQ(f, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_TRUE(reader.Next(f));
  EXPECT_EQ(f[1], "x, \"y\"");
  EXPECT_EQ(reader.line(), 2);
  ASSERT_TRUE(reader.Next(f));
  EXPECT_EQ(f[1], "multi\nline");
  EXPECT_EQ(reader.line(), 4);
  ASSERT_TRUE(reader.Next(f));
  EXPECT_EQ(reader.line(), 6);
  EXPECT_EQ(f, (std::vector<std::string>{"5", "", ""}));
  EXPECT_FALSE(reader.Next(f));
  EXPECT_FALSE(reader.malformed());
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
}

}  // namespace salient::core
