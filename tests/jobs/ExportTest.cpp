#include "JobsTestSupport.h"
#include "core/Error.h"
#include "dossier/ExhibitLabels.h"
#include "dossier/Profile.h"
#include "dossier/Templates.h"
#include "evidence/HostilePdfCorpus.h"
#include "jobs/ExportJob.h"
#include "jobs/Intake.h"
#include "pdf/EvidencePackage.h"
#include "pdf/Manifest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <regex>
#include <thread>
#include <sstream>

using namespace reclama;
using reclama::test::Quote;
using reclama::test::Shell;

namespace {

std::string Squeeze(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return std::regex_replace(text, std::regex(" +"), " ");
}

std::vector<std::string> PagesText(const std::filesystem::path& pdf) {
    std::string all = Shell("pdftotext -enc UTF-8 " + Quote(pdf) + " -");
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff; (ff = all.find('\f', start)) != std::string::npos; start = ff + 1) {
        pages.push_back(all.substr(start, ff - start));
    }
    return pages;
}

jobs::ExportResult Export(store::Library& lib, core::RecordId id, const std::filesystem::path& out,
                          const std::string& profile, const std::string& lang) {
    jobs::ExportOptions options;
    options.out = out;
    options.profile = profile;
    options.language = lang;
    options.today = core::Date(2026, 6, 20);
    options.deterministic = true;
    jobs::SilentProgress progress;
    return jobs::ExportDossier(lib, id, options, progress);
}

} // namespace

// Every sample, profile and language: a valid PDF whose pages, numbers, fonts, texts, totals,
// stamps and bookmarks are what an office needs.
TEST(Export, EverySampleProfileAndLanguage) {
    test::SampleLibrary s;
    auto profiles = dossier::LoadProfiles(dossier::TemplatesDir());
    ASSERT_GE(profiles.size(), 6u);
    for (auto caseId : {s.es, s.cl}) {
        core::Case c = s.library->LoadCase(caseId);
        for (const auto& profile : profiles) {
            for (std::string lang : {"es", "en"}) {
                SCOPED_TRACE(c.title + " / " + profile.name + " / " + lang);
                auto out = s.dir.path / (profile.name + "-" + lang + "-" + std::to_string(caseId) + ".pdf");
                auto result = Export(*s.library, caseId, out, profile.name, lang);
                EXPECT_FALSE(result.incomplete);
                int status = -1;
                Shell("qpdf --check " + Quote(out) + " >/dev/null 2>&1", &status);
                EXPECT_EQ(status, 0) << "qpdf --check fails";

                auto pages = PagesText(out);
                ASSERT_GT(pages.size(), 5u);
                const std::string total = std::to_string(pages.size());
                for (std::size_t i = 0; i < pages.size(); ++i) {
                    std::string number = lang == "es" ? "Página " + std::to_string(i + 1) + " de " + total
                                                      : "Page " + std::to_string(i + 1) + " of " + total;
                    EXPECT_NE(pages[i].find(number), std::string::npos) << "page " << i + 1;
                }
                std::string text;
                for (const auto& p : pages) text += p + " ";
                text = Squeeze(text);
                // Every contact summary, in chronological order (their first mention is in the facts).
                std::size_t last = 0;
                std::vector<const core::Contact*> contacts;
                for (const auto& k : c.contacts) contacts.push_back(&k);
                std::stable_sort(contacts.begin(), contacts.end(),
                                 [](auto* a, auto* b) { return core::EarlierThan(a->at, b->at); });
                for (const auto* k : contacts) {
                    std::string summary = Squeeze(k->summary);
                    EXPECT_NE(text.find(summary), std::string::npos) << summary;
                    // Order by the start of each summary: a page break may fall inside a fact.
                    auto at = text.find(summary.substr(0, 24));
                    if (at != std::string::npos) {
                        EXPECT_GE(at, last) << "out of order: " << summary;
                        last = at;
                    }
                    if (!k->agent.empty()) {
                        EXPECT_NE(text.find(k->agent.substr(0, 6)), std::string::npos) << k->agent;
                    }
                    if (!k->reference.empty()) {
                        EXPECT_NE(text.find(k->reference.substr(0, 6)), std::string::npos) << k->reference;
                    }
                }
                if (caseId == s.es && lang == "es") {
                    EXPECT_NE(text.find("61,87 €"), std::string::npos);
                }
                if (caseId == s.cl && lang == "es") {
                    EXPECT_NE(text.find("$2.295.880"), std::string::npos);
                }
                // Stamps: every exhibit's last page says "p/q" with p == q.
                auto stamp = profile.In(profile.stampPrefix, lang);
                EXPECT_NE(text.find(stamp.substr(0, stamp.find('{'))), std::string::npos);
                // Bates profiles number the exhibit pages from 1 with the signer's initials.
                if (profile.bates) {
                    EXPECT_NE(text.find(dossier::BatesPrefix(profile, c) + "000001"), std::string::npos);
                    // The PDF's own manifest gives each exhibit with pages its Bates range.
                    auto manifest = nlohmann::json::parse(pdf::ReadManifest(out).value_or("{}"));
                    int withBates = 0;
                    for (const auto& f : manifest["files"]) withBates += f.contains("bates") ? 1 : 0;
                    EXPECT_GT(withBates, 0);
                }

                // Reclama's own fonts are embedded (exhibits keep theirs as they came).
                std::string fonts = Shell("pdffonts " + Quote(out));
                std::istringstream lines(fonts);
                for (std::string line; std::getline(lines, line);) {
                    if (line.find("DejaVu") != std::string::npos) {
                        EXPECT_NE(line.find(" yes yes yes "), std::string::npos) << line;
                    }
                }
                // One bookmark per titled section plus the cover, and one per exhibit.
                auto outlines = nlohmann::json::parse(Shell("qpdf --json --json-key=outlines " + Quote(out)))["outlines"];
                std::size_t sections = profile.sections.size();
                ASSERT_EQ(outlines.size(), sections + (c.documents.empty() ? 0 : 1)) << outlines.dump();
                EXPECT_EQ(outlines.back()["kids"].size(), c.documents.size());
                for (const auto& kid : outlines.back()["kids"]) {
                    int page = kid["destpageposfrom1"].get<int>();
                    std::string label = kid["title"].get<std::string>();
                    label = label.substr(0, label.find(" — "));
                    EXPECT_NE(Squeeze(pages.at(page - 1)).find(label), std::string::npos) << label;
                }
            }
        }
    }
}

TEST(Export, DeterministicOutputIsByteIdentical) {
    test::SampleLibrary s;
    auto a = s.dir.path / "a.pdf", b = s.dir.path / "b.pdf";
    Export(*s.library, s.cl, a, "cl-sernac", "es");
    // Across a clock second: anything stamped with the time (dates, annotation /M, /ID) shows.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    Export(*s.library, s.cl, b, "cl-sernac", "es");
    EXPECT_EQ(test::ReadBytes(a), test::ReadBytes(b));
}

TEST(Export, NoExhibitMetadataAndNothingActiveInTheOutput) {
    test::SampleLibrary s;
    auto corpus = evidence::test::WriteHostilePdfCorpus(s.dir.path / "corpus");
    jobs::AttachEvidence(*s.library, s.es, corpus.canary, core::Document{}, std::nullopt);
    jobs::AttachEvidence(*s.library, s.es, corpus.javascript, core::Document{}, std::nullopt);
    auto out = s.dir.path / "canary.pdf";
    auto result = Export(*s.library, s.es, out, "generic", "es");
    EXPECT_FALSE(result.incomplete);
    std::string raw = test::ReadBytes(out);
    std::string decoded = evidence::test::DecodedPdfBytes(out);
    EXPECT_EQ(raw.find(evidence::test::kCanary), std::string::npos);
    EXPECT_EQ(decoded.find(evidence::test::kCanary), std::string::npos);
    EXPECT_EQ(decoded.find("/JavaScript"), std::string::npos);
    EXPECT_EQ(decoded.find("/EmbeddedFiles"), std::string::npos);
    EXPECT_EQ(decoded.find("/Encrypt"), std::string::npos);
}

TEST(Export, AHostileExhibitIsNamedAndTheExportStillCompletes) {
    test::SampleLibrary s;
    auto corpus = evidence::test::WriteHostilePdfCorpus(s.dir.path / "corpus");
    core::Document meta;
    meta.title = "Contrato dañado";
    for (const auto& f : {corpus.truncated, corpus.userPassword, corpus.empty}) {
        meta.originalName = f.filename().string();
        jobs::AttachEvidence(*s.library, s.es, f, meta, std::nullopt);
    }
    auto out = s.dir.path / "incomplete.pdf";
    auto result = Export(*s.library, s.es, out, "es-omic", "es");
    EXPECT_TRUE(result.incomplete);
    EXPECT_EQ(result.warnings.size(), 3u);
    ASSERT_TRUE(std::filesystem::exists(out));
    std::string text = Squeeze(Shell("pdftotext -enc UTF-8 " + Quote(out) + " -"));
    EXPECT_NE(text.find("Las páginas de este documento no se incluyen"), std::string::npos);
    EXPECT_NE(text.find(corpus.truncated.filename().string()), std::string::npos);
}

// Each pre-flight item says what it is about, so the app can word it in Spanish or English.
TEST(Export, PreflightItemsCarryTheirKindAndSubject) {
    test::SampleLibrary s;
    auto corpus = evidence::test::WriteHostilePdfCorpus(s.dir.path / "corpus");
    core::Document meta;
    meta.title = "Contrato dañado";
    meta.originalName = corpus.truncated.filename().string();
    const auto damaged = jobs::AttachEvidence(*s.library, s.es, corpus.truncated, meta, std::nullopt);
    core::Promise vague;
    vague.text = "Le llamaremos";
    const auto promiseId = s.library->Add(s.es, vague);
    core::Contact call;
    call.at = core::ParseEventTime("2026-02-16T10:30", "Europe/Madrid");
    call.summary = "Sin número de incidencia";
    const auto contactId = s.library->Add(s.es, call);
    // Eleven MiB of attachments: over SERNAC's ten, within the generic profile (no cap).
    const auto big = s.dir.path / "big.bin";
    {
        std::ofstream out(big, std::ios::binary);
        std::mt19937 random(7);
        for (int i = 0; i < 11 * 1024 * 256; ++i) {
            const auto word = random();
            out.write(reinterpret_cast<const char*>(&word), 4);
        }
    }
    meta.title = "Grabación";
    meta.originalName = "big.bin";
    jobs::AttachEvidence(*s.library, s.es, big, meta, std::nullopt);

    jobs::ExportOptions options;
    options.profile = "cl-sernac";
    auto items = jobs::Preflight(*s.library, s.es, options);
    auto find = [&](jobs::PreflightKind kind, const std::string& handle) {
        return std::find_if(items.begin(), items.end(), [&](const jobs::PreflightItem& i) {
            return i.kind == kind && i.handle == handle;
        });
    };
    auto p = find(jobs::PreflightKind::PromiseWithoutDueDate, "p" + std::to_string(promiseId));
    ASSERT_NE(p, items.end());
    EXPECT_EQ(p->subject, "Le llamaremos");
    auto c = find(jobs::PreflightKind::ContactWithoutReference, "c" + std::to_string(contactId));
    ASSERT_NE(c, items.end());
    EXPECT_EQ(c->subject, "Sin número de incidencia");
    auto d = find(jobs::PreflightKind::UnreadableExhibit,
                  "d" + std::to_string(damaged.document.id));
    ASSERT_NE(d, items.end());
    EXPECT_EQ(d->subject, "Contrato dañado");
    EXPECT_FALSE(d->detail.empty());
    EXPECT_TRUE(d->blocking);
    auto cap = find(jobs::PreflightKind::OverSizeCap, "");
    ASSERT_NE(cap, items.end());
    EXPECT_EQ(cap->capBytes, 10 * 1024 * 1024);
    EXPECT_GT(cap->bytes, 11 * 1024 * 1024);
    options.profile = "generic";
    items = jobs::Preflight(*s.library, s.es, options);
    EXPECT_EQ(find(jobs::PreflightKind::OverSizeCap, ""), items.end());
}

TEST(Export, EvidencePackageVerifiesAndTamperingIsCaught) {
    test::SampleLibrary s;
    auto out = s.dir.path / "d.pdf", zip = s.dir.path / "d.zip";
    jobs::ExportOptions options;
    options.out = out;
    options.profile = "es-omic";
    options.evidenceZip = zip;
    options.today = core::Date(2026, 6, 20);
    jobs::SilentProgress progress;
    jobs::ExportDossier(*s.library, s.es, options, progress);
    auto report = pdf::VerifyDossier(out, zip);
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(pdf::VerifyDossier(out, std::nullopt).ok);

    // Change one original inside the package: verify names it.
    int error = 0;
    zip_t* z = zip_open(zip.c_str(), 0, &error);
    ASSERT_NE(z, nullptr);
    std::string changed = "not the original";
    std::string name = pdf::PackagePath("Documento nº 3", "factura-enero.pdf");
    zip_source_t* src = zip_source_buffer(z, changed.data(), changed.size(), 0);
    ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8), 0);
    std::string extra = "extra";
    zip_file_add(z, "originals/extra.txt", zip_source_buffer(z, extra.data(), extra.size(), 0), 0);
    ASSERT_EQ(zip_close(z), 0);
    report = pdf::VerifyDossier(out, zip);
    EXPECT_FALSE(report.ok);
    std::string all;
    for (const auto& l : report.lines) all += l + "\n";
    EXPECT_NE(all.find("factura-enero.pdf) has changed"), std::string::npos) << all;
    EXPECT_NE(all.find("originals/extra.txt"), std::string::npos) << all;
}

TEST(Export, AFailedExportLeavesNoFile) {
    test::SampleLibrary s;
    auto out = s.dir.path / "none.pdf";
    jobs::ExportOptions options;
    options.out = out;
    options.profile = "no-such-profile";
    options.today = core::Date(2026, 6, 20);
    jobs::SilentProgress progress;
    EXPECT_THROW(jobs::ExportDossier(*s.library, s.es, options, progress), InputError);
    progress.Cancel();
    options.profile = "generic";
    EXPECT_THROW(jobs::ExportDossier(*s.library, s.es, options, progress), CancelledError);
    for (const auto& entry : std::filesystem::directory_iterator(s.dir.path)) {
        EXPECT_EQ(entry.path().extension() == ".pdf" || entry.path().filename().string().find(".partial") != std::string::npos ||
                      entry.path().filename().string().find(".drawn") != std::string::npos,
                  false)
            << entry.path();
    }
}

TEST(Export, SplitModeWritesOneFilePerExhibitPlusTheMainDocument) {
    test::SampleLibrary s;
    jobs::ExportOptions options;
    options.out = s.dir.path / "main.pdf";
    options.splitDir = s.dir.path / "split";
    std::filesystem::create_directories(*options.splitDir);
    options.profile = "es-omic";
    options.today = core::Date(2026, 6, 20);
    jobs::SilentProgress progress;
    auto result = jobs::ExportDossier(*s.library, s.es, options, progress);
    EXPECT_EQ(result.files.size(), 1 + s.library->LoadCase(s.es).documents.size());
    for (const auto& f : result.files) {
        int status = -1;
        Shell("qpdf --check " + Quote(f) + " >/dev/null 2>&1", &status);
        EXPECT_EQ(status, 0) << f;
    }
}
