#include "DossierBuilder.h"

#include "Templates.h"
#include "Writer.h"
#include "core/Error.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

namespace reclama::dossier {
namespace {

DossierTexts FixedTexts(const Texts& t) {
    DossierTexts d;
    d.pageOfTemplate = t.Get("dossier.page_of");
    d.stampTemplate = t.Get("dossier.stamp");
    d.batesStampTemplate = t.Get("dossier.stamp_bates");
    d.exhibitIndexBates = t.Get("dossier.index_bates");
    d.separatorBates = t.Get("dossier.separator_bates");
    d.volumeTemplate = t.Get("dossier.volume");
    d.contentsTitle = t.Get("sections.contents");
    d.exhibitIndexLabel = t.Get("dossier.index_label");
    d.exhibitIndexTitle = t.Get("dossier.index_title");
    d.exhibitIndexDate = t.Get("dossier.index_date");
    d.exhibitIndexPages = t.Get("dossier.index_pages");
    d.exhibitIndexSha = t.Get("dossier.index_sha");
    d.separatorTitle = t.Get("dossier.separator_title");
    d.separatorDate = t.Get("dossier.separator_date");
    d.separatorPages = t.Get("dossier.separator_pages");
    d.separatorFile = t.Get("dossier.separator_file");
    d.separatorSha = t.Get("dossier.separator_sha");
    d.separatorType = t.Get("dossier.separator_type");
    d.separatorSize = t.Get("dossier.separator_size");
    d.notIncluded = t.Get("dossier.not_included");
    d.otherTypeNotice = t.Get("dossier.other_type");
    d.emailAttachments = t.Get("dossier.email_attachments");
    d.exhibitsBookmark = t.Get("dossier.exhibits_bookmark");
    return d;
}

Exhibit MakeExhibit(const Writer& w, const core::Document& d, int n) {
    Exhibit e;
    e.number = n;
    e.label = ExhibitLabel(w.profile, w.lang, w.c, n);
    e.stampPrefix = ExhibitStampPrefix(w.profile, w.lang, w.c, n);
    e.title = d.title;
    e.date = d.date ? w.Day(*d.date) : "";
    e.originalName = d.originalName;
    e.sha256 = d.sha256;
    e.size = d.size;
    e.mediaType = d.mediaType;
    if (auto info = w.options.exhibits.find(d.id); info != w.options.exhibits.end()) {
        e.source = info->second.source;
        e.file = info->second.file;
        e.pdfPageCount = info->second.pdfPageCount;
        e.problem = info->second.problem;
        e.emailHeaders = info->second.emailHeaders;
        e.text = info->second.text;
        e.emailAttachments = info->second.emailAttachments;
    }
    return e;
}

// The originals as the dossier names them; the PDF stage may add page ranges.
std::string Manifest(const core::Case& c, const std::vector<Exhibit>& exhibits) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& e : exhibits) {
        files.push_back({{"number", e.number}, {"label", e.label}, {"title", e.title}, {"file", e.originalName},
                         {"size", e.size}, {"sha256", e.sha256}, {"media_type", e.mediaType}});
    }
    return nlohmann::json{{"format", "reclama-manifest"}, {"version", 1}, {"case", c.title}, {"files", files}}.dump();
}

using SectionMaker = std::function<Section(const Writer&)>;

const std::map<std::string, SectionMaker>& SectionMakers() {
    static const std::map<std::string, SectionMaker> makers = {
        {"cover", CoverSection},
        {"contents", [](const Writer& w) { return Section{"contents", w.t.Get("sections.contents"), true, {ContentsPlaceholder{}}}; }},
        {"parties", PartiesSection},
        {"summary", SummarySection},
        {"facts", FactsSection},
        {"chronology", ChronologySection},
        {"promises", BrokenPromisesSection},
        {"money", MoneySection},
        {"complaints", ComplaintsSection},
        {"deadlines", DeadlinesSection},
        {"remedy", RemedySection},
        {"exhibits", [](const Writer& w) { return Section{"exhibits", w.t.Get("sections.exhibits"), true, {ExhibitIndexPlaceholder{}}}; }},
        {"declaration", DeclarationSection},
    };
    return makers;
}

std::string Language(const core::Case& c, const Profile& profile, const BuildOptions& options) {
    std::string lang = !options.language.empty() ? options.language
                                                 : (!c.language.empty() ? c.language : profile.language);
    if (lang != "es" && lang != "en") {
        throw InputError(options.language.empty() ? "case language" : "--lang",
                         "the dossier can be written in es or en, not '" + lang + "'");
    }
    return lang;
}

} // namespace

DossierDocument BuildDossier(const core::Case& c, const Profile& profile, const BuildOptions& options) {
    const std::string lang = Language(c, profile, options);
    // Days late and days elapsed depend on it; a default-constructed date would make them garbage.
    if (options.today.is_special()) throw InputError("today", "the dossier needs today's date (--as-of)");
    const auto& wanted = options.sections.empty() ? profile.sections : options.sections;
    const auto& makers = SectionMakers();
    for (const auto& key : wanted) {
        if (!makers.count(key)) {
            std::string known;
            for (const auto& k : AllSectionKeys()) known += (known.empty() ? "" : ",") + k;
            throw InputError("--sections", "unknown section '" + key + "'; known: " + known);
        }
    }
    Texts texts = Texts::Load(options.templatesDir.empty() ? TemplatesDir() : options.templatesDir, lang);
    Writer w{c, profile, texts, options, lang, core::FormatLocale{lang, c.jurisdiction}, {}};

    DossierDocument doc;
    doc.language = lang;
    doc.pageSize = profile.pageSize;
    doc.title = c.title;
    doc.author = c.claimant.name;
    doc.subject = texts.Get("cover_title") + " — " + c.company.name;
    doc.texts = FixedTexts(texts);
    doc.sizeCapBytes = profile.sizeCapBytes;
    if (profile.bates) {
        doc.bates = *profile.bates;
        doc.bates->prefix = BatesPrefix(profile, c);
    }

    int n = 0;
    for (core::RecordId id : ExhibitOrder(c)) {
        w.exhibitNumber[id] = ++n;
        doc.exhibits.push_back(MakeExhibit(w, *c.FindDocument(id), n));
    }
    doc.manifestJson = Manifest(c, doc.exhibits);

    for (const auto& key : wanted) doc.sections.push_back(makers.at(key)(w));
    return doc;
}

} // namespace reclama::dossier
