// File typing of the sample evidence and classification rules.
#include "evidence/MediaType.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;
const fs::path kSamples = fs::path(RECLAMA_TEST_DATA) / "samples";

TEST(MediaType, SamplesAreTypedByContent) {
    EXPECT_EQ(DetectMediaType(kSamples / "es-adsl-averia/files/factura-enero.pdf"),
              "application/pdf");
    EXPECT_EQ(DetectMediaType(kSamples / "es-adsl-averia/files/sms-captura.png"), "image/png");
    EXPECT_EQ(DetectMediaType(kSamples / "es-adsl-averia/files/chat-transcripcion.txt"),
              "text/plain");
    EXPECT_EQ(DetectMediaType(kSamples / "cl-telefonia-empresa/files/foto-recepcion.png"),
              "image/png");
}

TEST(MediaType, SamplesClassify) {
    EXPECT_EQ(DetectEvidenceType(kSamples / "cl-telefonia-empresa/files/carta-reclamo.pdf"),
              EvidenceType::Pdf);
    EXPECT_EQ(DetectEvidenceType(kSamples / "cl-telefonia-empresa/files/foto-recepcion.png"),
              EvidenceType::Image);
    EXPECT_EQ(DetectEvidenceType(kSamples / "cl-telefonia-empresa/files/respuesta-reclamo.txt"),
              EvidenceType::Text);
    // Both sample mails, whatever libmagic calls them (message/rfc822 or text/plain).
    EXPECT_EQ(DetectEvidenceType(kSamples / "cl-telefonia-empresa/files/solicitud-recambio.eml"),
              EvidenceType::Email);
    EXPECT_EQ(DetectEvidenceType(kSamples / "es-adsl-averia/files/respuesta.eml"),
              EvidenceType::Email);
}

TEST(MediaType, ContentWinsOverExtension) {
    const fs::path fake = fs::temp_directory_path() / "reclama-not-really.pdf";
    {
        std::ofstream out(fake, std::ios::binary);
        out << "just some words, not a PDF\n";
    }
    EXPECT_EQ(DetectMediaType(fake), "text/plain");
    EXPECT_EQ(DetectEvidenceType(fake), EvidenceType::Text);
    {
        std::ofstream out(fake, std::ios::binary | std::ios::trunc);
        out << std::string("\x01\x02\x03\xff\xfe\x00\x10"
                           "binary",
                           14);
    }
    EXPECT_EQ(DetectMediaType(fake), "application/octet-stream");
    EXPECT_EQ(DetectEvidenceType(fake), EvidenceType::Other);
    fs::remove(fake);
}

TEST(MediaType, ClassificationRules) {
    EXPECT_EQ(ClassifyEvidence("image/jpeg", "a.jpg"), EvidenceType::Image);
    EXPECT_EQ(ClassifyEvidence("image/gif", "a.gif"), EvidenceType::Other);
    EXPECT_EQ(ClassifyEvidence("image/heic", "a.heic"), EvidenceType::Other);
    EXPECT_EQ(ClassifyEvidence("text/plain", "mail.EML"), EvidenceType::Email);
    EXPECT_EQ(ClassifyEvidence("message/rfc822", "x.bin"), EvidenceType::Email);
    EXPECT_EQ(ClassifyEvidence("text/plain", "notes"), EvidenceType::Text);
    EXPECT_EQ(ClassifyEvidence("text/x-c", "chat.txt"), EvidenceType::Text);
    EXPECT_EQ(ClassifyEvidence("text/html", "page.html"), EvidenceType::Other);
    EXPECT_EQ(ClassifyEvidence("application/octet-stream", "x.pdf"), EvidenceType::Other);
    EXPECT_EQ(ToString(EvidenceType::Email), "email");
}

TEST(MediaType, MissingFileThrows) {
    EXPECT_THROW(DetectMediaType(fs::temp_directory_path() / "reclama-missing.png"), InputError);
}

} // namespace
} // namespace reclama::evidence
