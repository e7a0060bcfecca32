#include "ExportJob.h"

#include "Intake.h"
#include "core/Error.h"
#include "core/Ledger.h"
#include "dossier/DossierBuilder.h"
#include "dossier/Templates.h"
#include "evidence/Email.h"
#include "evidence/SearchText.h"
#include "pdf/DrawDossier.h"
#include "pdf/EvidencePackage.h"
#include "pdf/FinishDossier.h"
#include "store/Library.h"

#include <cstdlib>
#include <random>

namespace reclama::jobs {
namespace fs = std::filesystem;

namespace {

dossier::ExhibitSourceInfo SourceOf(store::Library& library, const core::Document& doc) {
    IntakeState state = EnsureIntake(library, doc);
    dossier::ExhibitSourceInfo info;
    info.file = state.drawable;
    switch (state.kind) {
    case IntakeState::Kind::Pdf:
        info.source = state.problem.empty() ? dossier::ExhibitSource::Pdf : dossier::ExhibitSource::Unreadable;
        info.pdfPageCount = state.pdfPages;
        info.problem = state.problem;
        break;
    case IntakeState::Kind::Image: info.source = dossier::ExhibitSource::Image; break;
    case IntakeState::Kind::Text:
        info.source = dossier::ExhibitSource::Text;
        info.text = evidence::ExtractSearchText(state.drawable, evidence::EvidenceType::Text);
        break;
    case IntakeState::Kind::Email: {
        info.source = dossier::ExhibitSource::Email;
        auto mail = evidence::ParseEmail(state.drawable);
        info.emailHeaders = {{"From", mail.from}, {"To", mail.to}, {"Date", mail.date}, {"Subject", mail.subject}};
        if (!mail.cc.empty()) info.emailHeaders.insert(info.emailHeaders.begin() + 2, {"Cc", mail.cc});
        info.text = mail.body;
        info.emailAttachments = mail.attachmentNames;
        break;
    }
    case IntakeState::Kind::Other: info.source = dossier::ExhibitSource::Other; break;
    }
    return info;
}

std::optional<std::int64_t> EpochOf(const ExportOptions& options) {
    if (options.epoch) return options.epoch;
    if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) return std::strtoll(env, nullptr, 10);
    if (options.deterministic) return 0;
    return std::nullopt;
}

} // namespace

std::vector<PreflightItem> Preflight(store::Library& library, core::RecordId caseId, const ExportOptions& options) {
    core::Case c = library.LoadCase(caseId);
    std::vector<PreflightItem> items;
    for (const auto& p : c.promises) {
        if (!p.due) {
            items.push_back({.handle = core::RecordHandle(core::RecordKind::Promise, p.id),
                             .message = "promise without a due date: " + p.text,
                             .kind = PreflightKind::PromiseWithoutDueDate,
                             .subject = p.text});
        }
    }
    for (const auto& k : c.contacts) {
        if (k.reference.empty()) {
            items.push_back({.handle = core::RecordHandle(core::RecordKind::Contact, k.id),
                             .message = "contact without the company's reference number: " + k.summary,
                             .kind = PreflightKind::ContactWithoutReference,
                             .subject = k.summary});
        }
    }
    std::int64_t total = 0;
    for (const auto& d : c.documents) {
        total += d.size;
        auto state = EnsureIntake(library, d);
        if (!state.problem.empty()) {
            items.push_back({.handle = core::RecordHandle(core::RecordKind::Document, d.id),
                             .message = state.problem,
                             .blocking = true,
                             .kind = PreflightKind::UnreadableExhibit,
                             .subject = d.title.empty() ? d.originalName : d.title,
                             .detail = state.problem});
        }
    }
    auto profile = dossier::FindProfile(dossier::TemplatesDir(), options.profile);
    if (profile.sizeCapBytes > 0 && total > profile.sizeCapBytes) {
        items.push_back({.message = "the attachments add up to " + std::to_string(total / (1024 * 1024)) +
                                    " MiB, over the profile's cap of " +
                                    std::to_string(profile.sizeCapBytes / (1024 * 1024)) + " MiB per file",
                         .kind = PreflightKind::OverSizeCap,
                         .bytes = total,
                         .capBytes = profile.sizeCapBytes});
    }
    return items;
}

ExportResult ExportDossier(store::Library& library, core::RecordId caseId, const ExportOptions& options,
                           Progress& progress) {
    if (options.out.extension() != ".pdf") throw InputError(options.out.string(), "the dossier file name must end in .pdf");
    progress.Report(0.0, "preparing");
    core::Case c = library.LoadCase(caseId);
    auto profile = dossier::FindProfile(dossier::TemplatesDir(), options.profile);
    ExportResult result;
    result.preflight = Preflight(library, caseId, options);

    dossier::BuildOptions build;
    build.language = options.language;
    build.sections = options.sections;
    build.today = options.today;
    for (const auto& d : c.documents) {
        build.exhibits[d.id] = SourceOf(library, d);
        if (build.exhibits[d.id].source == dossier::ExhibitSource::Unreadable) {
            result.incomplete = true;
            result.warnings.push_back(d.title + " (" + d.originalName + "): " + build.exhibits[d.id].problem);
        }
    }
    if (progress.Cancelled()) throw CancelledError();
    dossier::DossierDocument doc = dossier::BuildDossier(c, profile, build);

    std::random_device random;
    fs::path dir = options.out.has_parent_path() ? options.out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir)) throw InputError(options.out.string(), "its folder does not exist");
    fs::path drawn = dir / ("." + options.out.filename().string() + "." + std::to_string(random()) + ".drawn");
    struct Cleanup {
        fs::path path;
        ~Cleanup() {
            std::error_code ignored;
            fs::remove(path, ignored);
        }
    } cleanup{drawn};
    std::atomic<bool> cancelled{false};
    pdf::DrawOptions draw;
    draw.progress = [&](double f, const std::string& m) {
        progress.Report(0.1 + 0.5 * f, m);
        cancelled = progress.Cancelled();
    };
    draw.cancel = &cancelled;
    // The exhibits are opened on a second thread while the dossier is drawn.
    std::vector<fs::path> exhibitFiles;
    for (const auto& e : doc.exhibits)
        if (e.source == dossier::ExhibitSource::Pdf) exhibitFiles.push_back(e.file);
    pdf::ExhibitPrefetch prefetch(exhibitFiles, &cancelled);
    progress.Report(0.1, "drawing the dossier");
    pdf::RenderPlan plan = pdf::DrawDossier(doc, drawn, draw);
    for (const auto& w : plan.warnings) result.warnings.push_back(w);
    if (progress.Cancelled()) throw CancelledError();

    progress.Report(0.7, "adding the exhibits");
    pdf::FinishOptions finish;
    finish.out = options.out;
    finish.title = doc.title;
    finish.author = doc.author;
    finish.subject = doc.subject;
    finish.language = doc.language;
    finish.manifestJson = doc.manifestJson;
    finish.fixedEpoch = EpochOf(options);
    finish.cancel = &cancelled;
    finish.prefetch = &prefetch;
    finish.sizeCapBytes = doc.sizeCapBytes;
    finish.volumeTemplate = doc.texts.volumeTemplate;
    finish.volumeFileWord = doc.language == "es" ? "tomo" : "volume";
    finish.splitDir = options.splitDir;
    for (const auto& e : doc.exhibits) finish.exhibitLabels[e.number] = e.label;
    auto finished = pdf::FinishDossier(plan, finish);
    result.files = finished.files;
    for (const auto& w : finished.warnings) result.warnings.push_back(w);

    if (options.evidenceZip) {
        progress.Report(0.9, "writing the evidence package");
        std::vector<pdf::EvidenceFile> files;
        for (std::size_t i = 0; i < doc.exhibits.size(); ++i) {
            const auto& e = doc.exhibits[i];
            files.push_back({e.label, e.originalName, library.ObjectPath(e.sha256), e.sha256, e.size});
        }
        try {
            pdf::WriteEvidencePackage(*options.evidenceZip, files, doc.manifestJson, result.files);
        } catch (...) {
            std::error_code ignored;
            for (const auto& f : result.files) fs::remove(f, ignored); // all or nothing
            throw;
        }
        result.files.push_back(*options.evidenceZip);
    }
    progress.Report(1.0, "done");
    return result;
}

} // namespace reclama::jobs
