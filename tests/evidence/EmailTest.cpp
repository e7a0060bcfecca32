// Reading e-mails: the two samples, MIME structures, charsets, and garbage.
#include "evidence/Email.h"

#include "core/Error.h"

#include <glib.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;
const fs::path kSamples = fs::path(RECLAMA_TEST_DATA) / "samples";

fs::path WriteMail(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::temp_directory_path() / ("reclama-email-test-" + name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    return path;
}

TEST(Email, ChileanSampleDecodesEncodedSubject) {
    const EmailMessage mail =
        ParseEmail(kSamples / "cl-telefonia-empresa/files/solicitud-recambio.eml");
    EXPECT_EQ(mail.subject, "Solicitud de recambio promoción");
    EXPECT_EQ(mail.from, "Victor Diaz <gerencia@comercialandina.cl>");
    EXPECT_EQ(mail.to, "empresas@movilsur.example");
    EXPECT_EQ(mail.cc, "");
    EXPECT_EQ(mail.date, "Tue, 10 Feb 2026 11:00:00 -0300");
    ASSERT_TRUE(mail.dateIso.has_value());
    EXPECT_EQ(*mail.dateIso, "2026-02-10T11:00:00-03:00");
    EXPECT_EQ(mail.messageId, "a1@comercialandina.cl");
    EXPECT_NE(mail.body.find("según la promoción «Renueva tu flota»"), std::string::npos);
    EXPECT_NE(mail.body.find("Víctor Díaz Cerda"), std::string::npos);
    EXPECT_FALSE(mail.bodyFromHtml);
    EXPECT_TRUE(mail.attachmentNames.empty());
}

TEST(Email, SpanishSample) {
    const EmailMessage mail = ParseEmail(kSamples / "es-adsl-averia/files/respuesta.eml");
    EXPECT_EQ(mail.subject, "REC-77810");
    EXPECT_EQ(mail.from, "reclamaciones@conecta.example");
    EXPECT_EQ(mail.to, "lucia.martin@example.es");
    ASSERT_TRUE(mail.dateIso.has_value());
    EXPECT_EQ(*mail.dateIso, "2026-02-12T13:20:00+01:00");
    EXPECT_EQ(mail.body, "Su incidencia esta en curso. Disculpe las molestias.\n");
}

TEST(Email, MultipartPrefersPlainTextAndListsAttachments) {
    const fs::path path =
        WriteMail("multipart.eml",
                  "From: =?ISO-8859-1?Q?Atenci=F3n_al_cliente?= <ayuda@telco.example>\r\n"
                  "To: Ana <ana@example.es>, =?UTF-8?B?Sm9zw6k=?= <jose@example.es>\r\n"
                  "Cc: copia@example.es\r\n"
                  "Subject: =?UTF-8?Q?Factura_=E2=82=AC_y_devoluci=C3=B3n?=\r\n"
                  "Date: Mon, 2 Mar 2026 09:05:00 +0100\r\n"
                  "MIME-Version: 1.0\r\n"
                  "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                  "\r\n"
                  "--outer\r\n"
                  "Content-Type: multipart/alternative; boundary=\"alt\"\r\n"
                  "\r\n"
                  "--alt\r\n"
                  "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n"
                  "\r\n"
                  "Le devolveremos 12,50 EUR en la pr=F3xima factura.\r\n"
                  "--alt\r\n"
                  "Content-Type: text/html; charset=UTF-8\r\n"
                  "\r\n"
                  "<p>HTML version</p>\r\n"
                  "--alt--\r\n"
                  "--outer\r\n"
                  "Content-Type: application/pdf; name=\"factura.pdf\"\r\n"
                  "Content-Disposition: attachment; filename*=UTF-8''factura%20mar%C3%A7o.pdf\r\n"
                  "Content-Transfer-Encoding: base64\r\n"
                  "\r\n"
                  "JVBERi0xLjQK\r\n"
                  "--outer\r\n"
                  "Content-Type: image/png\r\n"
                  "Content-Disposition: inline; filename=\"../../captura.png\"\r\n"
                  "Content-Transfer-Encoding: base64\r\n"
                  "\r\n"
                  "iVBORw0KGgo=\r\n"
                  "--outer--\r\n");
    const EmailMessage mail = ParseEmail(path);
    EXPECT_EQ(mail.subject, "Factura € y devolución");
    EXPECT_EQ(mail.from, "Atención al cliente <ayuda@telco.example>");
    EXPECT_EQ(mail.to, "Ana <ana@example.es>, José <jose@example.es>");
    EXPECT_EQ(mail.cc, "copia@example.es");
    // The line break before a boundary belongs to the boundary (RFC 2046).
    EXPECT_EQ(mail.body, "Le devolveremos 12,50 EUR en la próxima factura.");
    EXPECT_EQ(mail.body.find('\r'), std::string::npos);
    EXPECT_FALSE(mail.bodyFromHtml);
    ASSERT_EQ(mail.attachmentNames.size(), 2u);
    EXPECT_EQ(mail.attachmentNames[0], "factura março.pdf");
    EXPECT_EQ(mail.attachmentNames[1], "captura.png"); // folders dropped
    fs::remove(path);
}

TEST(Email, HtmlOnlyBodyBecomesText) {
    const fs::path path = WriteMail(
        "html.eml",
        "From: soporte@telco.example\n"
        "Subject: Respuesta\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/html; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "<html><head><style>p{color:red}</style></head><body>"
        "<p>Estimada cliente:</p><p>Su reclamaci=F3n &amp; queja =80 est=E1 <b>cerrada</b>.<br>"
        "Atentamente</p><script>alert(1)</script></body></html>\n");
    const EmailMessage mail = ParseEmail(path);
    EXPECT_TRUE(mail.bodyFromHtml);
    EXPECT_EQ(mail.body, "Estimada cliente:\nSu reclamación & queja € está cerrada.\nAtentamente");
    EXPECT_FALSE(mail.dateIso.has_value());
    fs::remove(path);
}

TEST(Email, ForwardedMessageIsAnAttachment) {
    const fs::path path = WriteMail("forward.eml", "From: a@example.es\n"
                                                   "Subject: Fwd\n"
                                                   "MIME-Version: 1.0\n"
                                                   "Content-Type: multipart/mixed; boundary=b\n"
                                                   "\n"
                                                   "--b\n"
                                                   "Content-Type: text/plain\n"
                                                   "\n"
                                                   "See below.\n"
                                                   "--b\n"
                                                   "Content-Type: message/rfc822\n"
                                                   "Content-Disposition: attachment\n"
                                                   "\n"
                                                   "From: company@example.es\n"
                                                   "Subject: Promesa de abono\n"
                                                   "\n"
                                                   "Inner text that is not the body.\n"
                                                   "--b--\n");
    const EmailMessage mail = ParseEmail(path);
    EXPECT_EQ(mail.body, "See below.");
    ASSERT_EQ(mail.attachmentNames.size(), 1u);
    EXPECT_EQ(mail.attachmentNames[0], "Promesa de abono.eml");
    fs::remove(path);
}

TEST(Email, GarbageNeverCrashes) {
    std::mt19937 random(7);
    for (int round = 0; round < 20; ++round) {
        std::string bytes(static_cast<std::size_t>(random() % 20000), '\0');
        for (char& c : bytes) {
            c = static_cast<char>(random() & 0xff);
        }
        if (round % 2 == 0) {
            bytes =
                "Subject: =?UTF-8?B?////?=\nContent-Type: multipart/mixed; boundary=x\n\n--x\n" +
                bytes;
        }
        const fs::path path = WriteMail("garbage.eml", bytes);
        const EmailMessage mail = ParseEmail(path);
        // Whatever came out is valid UTF-8.
        for (const std::string* text : {&mail.subject, &mail.from, &mail.body}) {
            EXPECT_TRUE(g_utf8_validate(text->data(), static_cast<gssize>(text->size()), nullptr));
        }
        fs::remove(path);
    }
    const fs::path empty = WriteMail("empty.eml", "");
    EXPECT_NO_THROW(ParseEmail(empty));
    fs::remove(empty);
}

TEST(Email, MissingFileNamesIt) {
    try {
        ParseEmail(fs::temp_directory_path() / "reclama-no-such-mail.eml");
        FAIL() << "expected an error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("reclama-no-such-mail.eml"), std::string::npos);
    }
}

} // namespace
} // namespace reclama::evidence
