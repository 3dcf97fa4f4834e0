#include "web/html.h"

#include <gtest/gtest.h>

#include "web/http_types.h"

namespace regio::web {
namespace {

TEST(HtmlTest, TextAndAttributeValuesAreEscaped) {
  Html h;
  h.open("p", {{"title", "a\"b'c<d>&"}}).text("<script>alert('x')</script> & co").close("p");
  EXPECT_EQ(h.str(),
            "<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
            "&amp; co</p>");
}

TEST(HtmlTest, ControlCharactersInUserTextBecomeTheReplacementCharacter) {
  Html h;
  h.open("p", {{"title",
                "a\x01"
                "b"}})
      .text(std::string("c\0d\x1b", 4))
      .close("p");
  EXPECT_EQ(h.str(),
            "<p title=\"a\xEF\xBF\xBD"
            "b\">c\xEF\xBF\xBD"
            "d\xEF\xBF\xBD</p>");
}

TEST(HtmlTest, ElementsAndVoidElements) {
  Html h;
  h.element("a", {{"href", "/x?a=1&b=2"}}, "Link").empty("input", {{"type", "hidden"}, {"value", "v"}});
  Html outer;
  outer.open("div").append(h).close("div");
  EXPECT_EQ(outer.str(), "<div><a href=\"/x?a=1&amp;b=2\">Link</a><input type=\"hidden\" value=\"v\"></div>");
}

TEST(HttpTypesTest, FormsCookiesAndPercentDecoding) {
  auto form = parse_form("naam=regio-am13&wachtwoord=a%26b+c&leeg=&naam=tweede");
  EXPECT_EQ(form["naam"], "regio-am13");  // the first of duplicates
  EXPECT_EQ(form["wachtwoord"], "a&b c");
  EXPECT_EQ(form["leeg"], "");
  EXPECT_EQ(percent_decode("/a%20b%2"), "/a b%2");
  EXPECT_EQ(cookie_value("x=1; regio_sessie=abc; y=2", "regio_sessie"), "abc");
  EXPECT_EQ(cookie_value("regio_sessie_oud=1", "regio_sessie"), "");
}

}  // namespace
}  // namespace regio::web
