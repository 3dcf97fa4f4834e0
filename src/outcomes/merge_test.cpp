#include "outcomes/merge.h"

#include <gtest/gtest.h>

namespace regio::outcomes {
namespace {

Extract delivery(std::vector<std::string> persons, std::vector<std::uint32_t> werk_persons) {
  Extract e;
  for (const auto& p : persons) e.persons.push_back(p);
  for (std::uint32_t p : werk_persons) {
    e.werk.person.push_back(p);
    e.werk.start.push_back(static_cast<std::int32_t>(100 + p));
    e.werk.end.push_back(kOpenEnd);
    e.werk.hours.push_back(kUnknownHours);
    e.werk.contract.push_back(Contract::kOnbekend);
  }
  return e;
}

TEST(Merge, SamePseudonymInTwoDeliveriesIsOnePerson) {
  std::vector<Extract> d;
  d.push_back(delivery({"a", "b"}, {0, 1}));
  d.push_back(delivery({"c", "a"}, {1, 0}));  // "a" again, "c" new
  d.back().trajecten.traject_id.push_back("t1");
  d.back().trajecten.person.push_back(1);
  d.back().trajecten.regio.push_back("AM13");
  d.back().trajecten.gemeente.push_back("");
  d.back().trajecten.interventie.push_back(Interventie::kIps);
  d.back().trajecten.verwijzer.push_back(Verwijzer::kOnbekend);
  d.back().trajecten.uitkering_start.push_back(UitkeringStart::kGeen);
  d.back().trajecten.start.push_back(5);
  d.back().trajecten.end.push_back(kOpenEnd);
  const Extract m = merge(std::move(d));
  ASSERT_EQ(m.persons.size(), 3u);
  EXPECT_EQ(m.persons[0], "a");
  EXPECT_EQ(m.persons[1], "b");
  EXPECT_EQ(m.persons[2], "c");
  // Rows keep delivery order; the second delivery's persons 1 ("a") and 0 ("c") become 0 and 2.
  EXPECT_EQ(m.werk.person, (std::vector<std::uint32_t>{0, 1, 0, 2}));
  EXPECT_EQ(m.werk.start, (std::vector<std::int32_t>{100, 101, 101, 100}));
  EXPECT_EQ(m.trajecten.person, (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(m.trajecten.regio[0], "AM13");
}

TEST(Merge, SingleDeliveryIsReturnedUnchanged) {
  std::vector<Extract> d;
  d.push_back(delivery({"x", "y"}, {1, 0}));
  const Extract copy = d.front();
  EXPECT_EQ(merge(std::move(d)), copy);
  EXPECT_EQ(merge({}), Extract{});
}

TEST(PersonIndex, InternsAndGrows) {
  PersonIndex index;
  for (int i = 0; i < 10000; ++i) EXPECT_EQ(index.intern("p" + std::to_string(i)), static_cast<std::uint32_t>(i));
  for (int i = 0; i < 10000; i += 7) EXPECT_EQ(index.intern("p" + std::to_string(i)), static_cast<std::uint32_t>(i));
  EXPECT_EQ(index.size(), 10000u);
  EXPECT_EQ(index.at(1234), "p1234");
  const TextColumn names = index.take();
  EXPECT_EQ(names.size(), 10000u);
  EXPECT_EQ(names[9999], "p9999");
}

}  // namespace
}  // namespace regio::outcomes
