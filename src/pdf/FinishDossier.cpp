#include "FinishDossier.h"

#include "FinishAssemble.h"
#include "FinishFonts.h"
#include "FinishNavigation.h"
#include "FinishParts.h"
#include "FinishVolumes.h"
#include "FinishWrite.h"
#include "Manifest.h"
#include "core/Error.h"

#include <nlohmann/json.hpp>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cmath>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

// Volumes are packed against this share of the cap: the estimate ignores each file's own
// overhead (page tree, outlines, /Info with the manifest, cross-reference stream).
constexpr double kBudgetShare = 0.92;

class Reporter {
public:
    explicit Reporter(const FinishOptions& o) : m_o(o) {}
    void operator()(double fraction, const std::string& message) const {
        if (m_o.cancel && m_o.cancel->load())
            throw CancelledError();
        if (m_o.progress)
            m_o.progress(fraction, message);
        if (m_o.cancel && m_o.cancel->load())
            throw CancelledError();
    }

private:
    const FinishOptions& m_o;
};

std::string Replace(std::string text, const std::string& key, const std::string& value) {
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size())) {
        text.replace(at, key.size(), value);
    }
    return text;
}

std::string Megabytes(std::int64_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

// The manifest with each exhibit's printed page range (from the plan), or null without one.
Json ManifestWithPages(const FinishOptions& o, const RenderPlan& plan) {
    if (o.manifestJson.empty())
        return nullptr;
    Json manifest = Json::parse(o.manifestJson, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object()) {
        throw InputError("manifest", "the dossier's manifest is not valid JSON");
    }
    if (manifest.contains("files") && manifest["files"].is_array()) {
        for (auto& f : manifest["files"]) {
            if (!f.is_object() || !f.contains("number") || !f["number"].is_number_integer())
                continue;
            for (const auto& e : plan.exhibits) {
                if (e.exhibitNumber != f["number"].get<int>())
                    continue;
                f["pages"] = e.lastPage - e.firstPage + 1;
                f["first_page"] = e.firstPage + 1;
                f["last_page"] = e.lastPage + 1;
                if (!e.bates.empty()) f["bates"] = e.bates;
            }
        }
    }
    return manifest;
}

std::string ManifestFor(const Json& manifest, Json thisFile) {
    if (manifest.is_null())
        return {};
    Json copy = manifest;
    copy["this_file"] = std::move(thisFile);
    return copy.dump();
}

Json ThisFile(const std::string& kind, const std::vector<int>& pages) {
    Json j{{"kind", kind}, {"pages", pages.size()}};
    if (!pages.empty()) {
        j["first_page"] = pages.front() + 1;
        j["last_page"] = pages.back() + 1;
    }
    return j;
}

std::vector<int> PagesOf(const std::vector<PageUnit>& units, std::size_t begin, std::size_t end) {
    std::vector<int> pages;
    for (std::size_t u = begin; u < end; ++u) {
        for (int p = units[u].first; p <= units[u].last; ++p)
            pages.push_back(p);
    }
    return pages;
}

std::map<int, std::string> LabelsOf(const FinishOptions& o, const Json& manifest) {
    std::map<int, std::string> labels = o.exhibitLabels;
    if (!manifest.is_null()) {
        for (const auto& e : ParseManifest(manifest.dump())) {
            if (e.number > 0 && !e.label.empty())
                labels.emplace(e.number, e.label);
        }
    }
    return labels;
}

struct Finisher {
    const RenderPlan& plan;
    const FinishOptions& o;
    Reporter report;
    PendingFiles pending;
    FinishResult result;
    Json manifest;
    DocumentInfo info;
    int pageCount = 0;

    std::string ExhibitName(int number, const std::map<int, std::string>& labels) const {
        auto found = labels.find(number);
        return found != labels.end() ? found->second : "#" + std::to_string(number);
    }

    // The whole dossier, finished, written to `target`.
    void WriteWhole(const fs::path& target) {
        report(0.0, "opening the drawn dossier");
        QPDF out;
        out.setSuppressWarnings(true);
        out.processFile(plan.drawnPdf.c_str());
        MapPresentationFormsToLetters(out);
        ExhibitSources sources(out, o.prefetch);
        std::size_t total = std::max<std::size_t>(plan.placements.size(), 1);
        PlaceExhibitPages(out, plan, sources, [&](std::size_t done) {
            if (done % 25 == 0 || done == total)
                report(0.6 * static_cast<double>(done) / total, "adding exhibit pages");
        });
        StripActiveContent(out);
        StripOutlineActions(out);
        pageCount = static_cast<int>(QPDFPageDocumentHelper(out).getAllPages().size());
        std::vector<int> all;
        for (int p = 0; p < pageCount; ++p)
            all.push_back(p + 1);
        SetPageLabels(out, all);
        DocumentInfo whole = info;
        std::vector<int> indices;
        for (int p = 0; p < pageCount; ++p)
            indices.push_back(p);
        whole.manifestJson = ManifestFor(manifest, ThisFile("whole", indices));
        SetDocumentInfo(out, whole);
        report(0.6, "writing the dossier");
        WritePdf(out, target, o.fixedEpoch.has_value(), o.cancel);
    }

    std::vector<PartFile> VolumeParts(const std::vector<PageUnit>& units,
                                      const std::vector<UnitRange>& ranges) const {
        std::vector<PartFile> parts;
        std::string w = std::to_string(ranges.size());
        fs::path dir = o.out.has_parent_path() ? o.out.parent_path() : fs::path(".");
        std::string word = Slug(o.volumeFileWord, "volume");
        for (std::size_t v = 0; v < ranges.size(); ++v) {
            std::string n = std::to_string(v + 1);
            PartFile part;
            part.pages = PagesOf(units, ranges[v].begin, ranges[v].end);
            part.path = dir / (o.out.stem().string() + "-" + word + "-" + n + ".pdf");
            part.titleSuffix = Replace(Replace(o.volumeTemplate, "{v}", n), "{w}", w);
            Json thisFile = ThisFile("volume", part.pages);
            thisFile["volume"] = v + 1;
            thisFile["volumes"] = ranges.size();
            part.manifestJson = ManifestFor(manifest, thisFile);
            parts.push_back(std::move(part));
        }
        return parts;
    }

    // Splits `whole` (over the cap) into volumes, each written and measured; a volume over the
    // cap with more than one unit is packed again with a smaller budget.
    void WriteVolumes(const fs::path& whole) {
        std::vector<PageUnit> units = PageUnits(plan, pageCount);
        std::vector<std::vector<ObjectSize>> objects;
        {
            QPDF q;
            q.setSuppressWarnings(true);
            q.processFile(whole.c_str());
            objects = UnitObjects(q, units);
        }
        std::int64_t cap = o.sizeCapBytes;
        std::int64_t budget = static_cast<std::int64_t>(static_cast<double>(cap) * kBudgetShare);
        std::vector<UnitRange> ranges = PackVolumes(objects, 0, budget);
        PartSource source{whole, info, o.cancel};
        fs::path scratch = pending.Scratch(o.out, "volume");
        for (std::size_t v = 0; v < ranges.size();) {
            report(0.8 + 0.1 * static_cast<double>(v) / ranges.size(), "measuring volumes");
            std::vector<PartFile> parts = VolumeParts(units, ranges);
            std::int64_t size = WritePart(source, parts, v, scratch);
            std::size_t count = ranges[v].end - ranges[v].begin;
            if (size <= cap || count == 1) {
                ++v;
                continue;
            }
            // Over the cap: pack again from this volume on, with the budget scaled to what was
            // measured, and always at least one unit fewer in this volume.
            double scale = static_cast<double>(cap) / static_cast<double>(size);
            budget = static_cast<std::int64_t>(static_cast<double>(budget) * scale * 0.97);
            std::vector<UnitRange> rest = PackVolumes(objects, ranges[v].begin, budget);
            if (rest.front().end >= ranges[v].end) {
                UnitRange first{ranges[v].begin, ranges[v].end - 1};
                rest = PackVolumes(objects, first.end, budget);
                rest.insert(rest.begin(), first);
            }
            ranges.resize(v);
            ranges.insert(ranges.end(), rest.begin(), rest.end());
        }
        std::vector<PartFile> parts = VolumeParts(units, ranges);
        std::map<int, std::string> labels = LabelsOf(o, manifest);
        for (std::size_t v = 0; v < parts.size(); ++v) {
            report(0.9 + 0.1 * static_cast<double>(v) / parts.size(), "writing volumes");
            std::int64_t size = WritePart(source, parts, v, pending.Add(parts[v].path));
            if (size > cap) {
                const PageUnit& unit = units[ranges[v].begin];
                std::string what = unit.exhibit > 0 ? "exhibit " + ExhibitName(unit.exhibit, labels)
                                                    : "page " + std::to_string(unit.first + 1);
                result.warnings.push_back(what + " alone is " + Megabytes(size) +
                                          ", over the size cap of " + Megabytes(cap) + ": " +
                                          parts[v].path.filename().string() +
                                          " holds it alone and is over the cap");
            }
            result.files.push_back(parts[v].path);
        }
    }

    // The body pages into `o.out`, each exhibit into its own file in the split folder.
    void WriteSplit(const fs::path& whole) {
        std::vector<PageUnit> units = PageUnits(plan, pageCount);
        std::map<int, std::string> labels = LabelsOf(o, manifest);
        int exhibits = 0;
        for (const auto& u : units)
            exhibits += u.exhibit > 0 ? 1 : 0;
        int width = std::max(2, static_cast<int>(std::to_string(std::max(exhibits, 1)).size()));
        std::vector<PartFile> parts(1);
        parts[0].path = o.out;
        for (const auto& u : units) {
            if (u.exhibit == 0) {
                parts[0].pages.push_back(u.first);
                continue;
            }
            PartFile part;
            for (int p = u.first; p <= u.last; ++p)
                part.pages.push_back(p);
            std::string label = ExhibitName(u.exhibit, labels);
            std::string number = std::to_string(u.exhibit);
            number.insert(
                0, static_cast<std::size_t>(std::max(0, width - static_cast<int>(number.size()))),
                '0');
            part.path =
                *o.splitDir /
                (number + "-" + Slug(label, "exhibit-" + std::to_string(u.exhibit)) + ".pdf");
            part.titleSuffix = label;
            Json thisFile = ThisFile("exhibit", part.pages);
            thisFile["exhibit"] = u.exhibit;
            part.manifestJson = ManifestFor(manifest, thisFile);
            parts.push_back(std::move(part));
        }
        parts[0].manifestJson = ManifestFor(manifest, ThisFile("main", parts[0].pages));
        PartSource source{whole, info, o.cancel};
        for (std::size_t i = 0; i < parts.size(); ++i) {
            report(0.8 + 0.2 * static_cast<double>(i) / parts.size(),
                   "writing one file per exhibit");
            std::int64_t size = WritePart(source, parts, i, pending.Add(parts[i].path));
            if (o.sizeCapBytes > 0 && size > o.sizeCapBytes) {
                result.warnings.push_back(parts[i].path.filename().string() + " is " +
                                          Megabytes(size) + ", over the size cap of " +
                                          Megabytes(o.sizeCapBytes));
            }
            result.files.push_back(parts[i].path);
        }
    }

    void Run() {
        fs::path dir = o.out.has_parent_path() ? o.out.parent_path() : fs::path(".");
        if (!fs::is_directory(dir))
            throw InputError(o.out.string(), "its folder does not exist");
        if (o.splitDir) {
            std::error_code ec;
            fs::create_directories(*o.splitDir, ec);
            if (!fs::is_directory(*o.splitDir))
                throw InputError(o.splitDir->string(), "cannot create this folder");
        }
        manifest = ManifestWithPages(o, plan);
        info = {o.title, o.author, o.subject, o.language, {}, o.fixedEpoch};

        if (o.splitDir) {
            fs::path whole = pending.Scratch(o.out, "whole");
            WriteWhole(whole);
            WriteSplit(whole);
        } else {
            fs::path target = pending.Add(o.out);
            WriteWhole(target);
            if (o.sizeCapBytes > 0 &&
                static_cast<std::int64_t>(fs::file_size(target)) > o.sizeCapBytes) {
                WriteVolumes(target);
                pending.Drop(o.out);
            } else {
                result.files.push_back(o.out);
            }
        }
        report(1.0, "saving");
        pending.CommitAll();
        if (o.progress)
            o.progress(1.0, "done");
    }
};

} // namespace

FinishResult FinishDossier(const RenderPlan& plan, const FinishOptions& options) {
    Finisher finisher{plan, options, Reporter(options), {}, {}, {}, {}, 0};
    try {
        finisher.Run();
    } catch (const reclama::Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(std::string("the dossier ") + options.out.filename().string() +
                    " could not be assembled: " + e.what());
    }
    return std::move(finisher.result);
}

} // namespace reclama::pdf
