#pragma once
// A dossier as ordered, layout-free content: sections of paragraphs and tables, plus exhibits.
// The dossier builder fills it from a case and a recipient profile; a renderer (PDF) draws it.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace reclama::dossier {

enum class PageSize { A4, Letter };
enum class Align { Left, Center, Right };

struct TextRun {
    std::string text; // UTF-8; may contain any script (the renderer shapes RTL runs)
    bool bold = false;
    bool italic = false;
};

enum class ParagraphStyle {
    Body,     // 10 pt
    Small,    // 8.5 pt
    Quote,    // indented, italic
    CoverTitle,
    CoverSubtitle,
    Label,    // bold lead-in, e.g. "PRIMERO.-"
};

struct Paragraph {
    std::vector<TextRun> runs;
    ParagraphStyle style = ParagraphStyle::Body;
    Align align = Align::Left;
    // A numbered fact ("PRIMERO.-", "1."): drawn as a hanging lead-in before the runs.
    std::string leadIn;
};

struct Column {
    std::string title;
    double weight = 1.0; // relative width
    Align align = Align::Left; // amounts: Right
};

struct TableRow {
    std::vector<std::string> cells;
    bool bold = false;     // totals
    bool alert = false;    // e.g. a broken promise: drawn with a red marker
};

// Tables repeat their header row on each page; a row never splits across pages unless it is
// taller than a page.
struct Table {
    std::vector<Column> columns;
    std::vector<TableRow> rows;
    bool compact = false; // 8.5 pt (chronology); otherwise 10 pt
};

// Label/value pairs laid out in two columns (parties, cover).
struct KeyValueList {
    std::vector<std::pair<std::string, std::string>> items;
};

// Filled in by the renderer: one line per section (and per exhibit), with its page number, each
// a link to that page.
struct ContentsPlaceholder {};

// Filled in by the renderer from `DossierDocument::exhibits`: label, title, date, pages (the
// dossier's page range), SHA-256 of the original. Column titles come from `DossierTexts`.
struct ExhibitIndexPlaceholder {};

// Signature block: place/date line, signature line and the signer's name.
struct SignatureBlock {
    std::string placeAndDate;
    std::string signerName;
    std::string signerCaption; // e.g. "Firma" / "Signature"
};

struct Spacer {
    double points = 12;
};

using Block = std::variant<Paragraph, Table, KeyValueList, ContentsPlaceholder,
                           ExhibitIndexPlaceholder, SignatureBlock, Spacer>;

struct Section {
    std::string key;   // stable id: "cover", "contents", "parties", "facts", "chronology", ...
    std::string title; // heading and bookmark text; empty for the cover (bookmarked as "cover")
    bool newPage = true;
    std::vector<Block> blocks;
};

enum class ExhibitSource {
    Pdf,        // pages imported as they are (the normalised copy)
    Image,      // JPEG/PNG placed on a page, scaled, with caption
    Text,       // plain text rendered as pages
    Email,      // headers + body rendered as pages, attachments listed
    Other,      // a sheet saying the original is in the evidence package
    Unreadable, // a sheet explaining why its pages are not included (`problem`)
};

struct Exhibit {
    int number = 0;          // 1-based, order of first mention then document date
    std::string label;       // "Documento nº 3", "JS3", "Exhibit C"
    std::string stampPrefix; // "Doc. nº 3", "JS3", "Exhibit C"
    std::string title;
    std::string date;        // already formatted for the language; may be empty
    std::string originalName;
    std::string sha256;
    std::int64_t size = 0;
    std::string mediaType;
    ExhibitSource source = ExhibitSource::Other;
    std::filesystem::path file; // what to draw: normalised PDF, image, or original text
    int pdfPageCount = 0;       // for Pdf: pages of the normalised copy (known since intake)
    std::string problem;        // why it is Unreadable (shown on its separator sheet)
    // For Email: headers in display order (From, To, Date, Subject) and attachment names.
    std::vector<std::pair<std::string, std::string>> emailHeaders;
    std::string text; // Text/Email body, already decoded to UTF-8
    std::vector<std::string> emailAttachments;
};

// Every fixed text the renderer draws, already in the dossier's language.
struct DossierTexts {
    std::string pageOfTemplate = "Página {n} de {m}";            // footer, right
    std::string stampTemplate = "{label} – pág. {p}/{q}";        // exhibit stamp, top right
    std::string batesStampTemplate = "{label} – {bates}";         // the stamp with Bates numbers
    std::string volumeTemplate = "Tomo {v} de {w}";              // when split into volumes
    std::string contentsTitle = "Índice";
    std::string exhibitIndexLabel = "Documento";
    std::string exhibitIndexTitle = "Título";
    std::string exhibitIndexDate = "Fecha";
    std::string exhibitIndexPages = "Páginas";
    std::string exhibitIndexSha = "SHA-256 del original";
    std::string exhibitIndexBates = "Bates";
    std::string separatorTitle = "Título";
    std::string separatorDate = "Fecha";
    std::string separatorPages = "Páginas";
    std::string separatorFile = "Archivo original";
    std::string separatorSha = "SHA-256";
    std::string separatorType = "Tipo";
    std::string separatorSize = "Tamaño";
    std::string separatorBates = "Numeración Bates";
    std::string notIncluded = "Las páginas de este documento no se incluyen";
    std::string otherTypeNotice = "El original se encuentra en el paquete de pruebas";
    std::string emailAttachments = "Adjuntos";
    std::string exhibitsBookmark = "Documentos";
};

// Bates numbering (US practice): every page of every exhibit carries the next number of one
// sequence, prefix and zero-padded digits, "LMO000001", "LMO000002", ... across all exhibits.
struct BatesNumbering {
    std::string prefix;      // already resolved ("{initials}" replaced)
    int digits = 6;
    std::int64_t start = 1;

    // "LMO000042" for number 42 (never cut when it has more digits).
    std::string Number(std::int64_t n) const {
        std::string text = std::to_string(n);
        if (static_cast<int>(text.size()) < digits) text.insert(0, static_cast<std::size_t>(digits) - text.size(), '0');
        return prefix + text;
    }
    // "LMO000003–LMO000007", or one number when first == last.
    std::string Range(std::int64_t first, std::int64_t last) const {
        return first == last ? Number(first) : Number(first) + "–" + Number(last);
    }
};

struct DossierDocument {
    std::string language = "es";
    PageSize pageSize = PageSize::A4;
    std::string title;       // PDF /Title and footer left
    std::string author;      // PDF /Author: the claimant
    std::string subject;     // PDF /Subject
    DossierTexts texts;
    std::vector<Section> sections;
    std::vector<Exhibit> exhibits;
    // Manifest of the originals (JSON text), carried in the PDF's metadata (see pdf/).
    std::string manifestJson;
    // Size cap per output file in bytes (0 = none): over it the dossier is split into volumes.
    std::int64_t sizeCapBytes = 0;
    // Set by profiles that Bates-number the exhibit pages (stamps, index and separator sheets).
    std::optional<BatesNumbering> bates;
};

} // namespace reclama::dossier
