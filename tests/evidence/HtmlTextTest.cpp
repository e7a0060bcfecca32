// HTML mail bodies read as text.
#include "evidence/HtmlText.h"

#include <gtest/gtest.h>

namespace reclama::evidence {
namespace {

TEST(HtmlText, BlocksBecomeLinesAndScriptsVanish) {
    EXPECT_EQ(HtmlToText("<div>Uno</div><div>Dos<br/>Tres</div>"), "Uno\nDos\nTres");
    EXPECT_EQ(HtmlToText("<SCRIPT type=x>if (a<b) alert(1)</SCRIPT>Hola"), "Hola");
    EXPECT_EQ(HtmlToText("<!-- comentario <p> -->Texto"), "Texto");
    EXPECT_EQ(HtmlToText("<table><tr><td>Fecha</td><td>Importe</td></tr>"
                         "<tr><td>1/2</td><td>10 &euro;</td></tr></table>"),
              "Fecha Importe\n1/2 10 €");
}

TEST(HtmlText, EntitiesAndWhitespace) {
    EXPECT_EQ(HtmlToText("a&nbsp;&nbsp;b &lt;c&gt; &#241; &#xF1; &ntilde; &bogus; &"),
              "a b <c> ñ ñ ñ &bogus; &");
    EXPECT_EQ(HtmlToText("  line\n  continues<p></p><p></p><p>next</p>"), "line continues\nnext");
    EXPECT_EQ(HtmlToText("one<br><br>two<br>"), "one\n\ntwo");
    EXPECT_EQ(HtmlToText("&#0; &#x110000; &#99999999999;"),
              "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST(HtmlText, UnterminatedInputIsSafe) {
    EXPECT_EQ(HtmlToText("texto <b"), "texto");
    EXPECT_EQ(HtmlToText("<script>never closed"), "");
    EXPECT_EQ(HtmlToText(""), "");
}

} // namespace
} // namespace reclama::evidence
