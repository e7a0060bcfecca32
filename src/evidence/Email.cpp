// E-mail reading with GMime 3: it knows RFC 2047/2231, charsets and transfer encodings.
#include "evidence/Email.h"

#include "core/Error.h"
#include "evidence/HtmlText.h"
#include "evidence/Utf8.h"

#include <gmime/gmime.h>

#include <fcntl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace reclama::evidence {
namespace {

constexpr int kMaxMimeDepth = 32;

void EnsureGMime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref {
    void operator()(gpointer object) const {
        if (object != nullptr) {
            g_object_unref(object);
        }
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(gpointer p) const { g_free(p); }
};
using GChars = std::unique_ptr<char, GFree>;

struct ParserOptionsFree {
    void operator()(GMimeParserOptions* options) const { g_mime_parser_options_free(options); }
};

std::string Owned(char* text) {
    GChars owned(text);
    return owned ? MakeValidUtf8(owned.get()) : std::string();
}

std::string Addresses(InternetAddressList* list) {
    if (list == nullptr || internet_address_list_length(list) == 0) {
        return {};
    }
    return Owned(internet_address_list_to_string(list, nullptr, FALSE));
}

// Text of a part in UTF-8. A part without a declared charset that is not UTF-8 is almost always
// Windows-1252 in Spanish mail, so that is tried before replacing bytes.
std::string PartText(GMimeTextPart* part) {
    GChars raw(g_mime_text_part_get_text(part));
    if (!raw) {
        return {};
    }
    const std::string_view bytes(raw.get());
    if (g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr)) {
        return std::string(bytes);
    }
    gsize written = 0;
    GChars converted(g_convert(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8",
                               "WINDOWS-1252", nullptr, &written, nullptr));
    if (converted) {
        return MakeValidUtf8(std::string_view(converted.get(), written));
    }
    return MakeValidUtf8(bytes);
}

std::string BaseName(std::string name) {
    const std::size_t slash = name.find_last_of("/\\");
    if (slash != std::string::npos) {
        name.erase(0, slash + 1);
    }
    return name;
}

std::string ContentTypeOf(GMimeObject* object) {
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (type == nullptr) {
        return "application/octet-stream";
    }
    const char* media = g_mime_content_type_get_media_type(type);
    const char* sub = g_mime_content_type_get_media_subtype(type);
    return std::string(media != nullptr ? media : "application") + "/" +
           (sub != nullptr ? sub : "octet-stream");
}

struct Walker {
    explicit Walker(EmailMessage& target) : message(target) {}
    EmailMessage& message;
    std::string plain;
    std::string html;
    bool havePlain = false;
    bool haveHtml = false;

    void AddAttachment(const char* filename, GMimeObject* object) {
        std::string name = filename != nullptr ? BaseName(MakeValidUtf8(filename)) : std::string();
        if (name.empty()) {
            name = "(unnamed " + ContentTypeOf(object) + ")";
        }
        message.attachmentNames.push_back(std::move(name));
    }

    void Walk(GMimeObject* object, int depth) {
        if (object == nullptr || depth > kMaxMimeDepth) {
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i) {
                Walk(g_mime_multipart_get_part(multipart, i), depth + 1);
            }
            return;
        }
        const char* disposition = g_mime_object_get_disposition(object);
        const bool isAttachment =
            disposition != nullptr && g_ascii_strcasecmp(disposition, "attachment") == 0;
        if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded mail: listed as an attachment, its own text is not this mail's body.
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            const char* filename =
                g_mime_object_get_content_disposition_parameter(object, "filename");
            std::string name = filename != nullptr ? BaseName(MakeValidUtf8(filename)) : "";
            if (name.empty() && inner != nullptr && g_mime_message_get_subject(inner) != nullptr) {
                name = MakeValidUtf8(g_mime_message_get_subject(inner)) + ".eml";
            }
            message.attachmentNames.push_back(name.empty() ? "forwarded-message.eml" : name);
            return;
        }
        if (!GMIME_IS_PART(object)) {
            return;
        }
        GMimePart* part = GMIME_PART(object);
        const char* filename = g_mime_part_get_filename(part);
        if (GMIME_IS_TEXT_PART(object) && !isAttachment && filename == nullptr) {
            GMimeContentType* type = g_mime_object_get_content_type(object);
            if (g_mime_content_type_is_type(type, "text", "plain")) {
                if (!havePlain) {
                    plain = PartText(GMIME_TEXT_PART(object));
                    havePlain = true;
                }
                return;
            }
            if (g_mime_content_type_is_type(type, "text", "html")) {
                if (!haveHtml) {
                    html = PartText(GMIME_TEXT_PART(object));
                    haveHtml = true;
                }
                return;
            }
        }
        AddAttachment(filename, object);
    }
};

} // namespace

EmailMessage ParseEmail(const std::filesystem::path& path) {
    EnsureGMime();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw InputError(path.string(), "is not an e-mail file that can be read");
    }
    GError* error = nullptr;
    GPtr<GMimeStream> stream(g_mime_stream_fs_open(path.c_str(), O_RDONLY, 0, &error));
    if (!stream) {
        std::string why = error != nullptr ? error->message : "unknown error";
        if (error != nullptr) {
            g_error_free(error);
        }
        throw InputError(path.string(), "cannot be opened to read the e-mail: " + why);
    }
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    // Raw 8-bit headers are UTF-8 from modern clients, Windows-1252 from old Spanish ones.
    const char* fallback[] = {"UTF-8", "WINDOWS-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    GPtr<GMimeMessage> mime(g_mime_parser_construct_message(parser.get(), options.get()));

    EmailMessage message;
    if (!mime) {
        return message;
    }
    message.from = Addresses(g_mime_message_get_from(mime.get()));
    message.to = Addresses(g_mime_message_get_to(mime.get()));
    message.cc = Addresses(g_mime_message_get_cc(mime.get()));
    if (const char* subject = g_mime_message_get_subject(mime.get())) {
        message.subject = MakeValidUtf8(subject);
    }
    if (const char* id = g_mime_message_get_message_id(mime.get())) {
        message.messageId = MakeValidUtf8(id);
    }
    if (const char* date = g_mime_object_get_header(GMIME_OBJECT(mime.get()), "Date")) {
        message.date = MakeValidUtf8(date);
        while (!message.date.empty() && (message.date.front() == ' ')) {
            message.date.erase(0, 1);
        }
    }
    if (GDateTime* when = g_mime_message_get_date(mime.get())) {
        message.dateIso = Owned(g_date_time_format(when, "%Y-%m-%dT%H:%M:%S%:z"));
    }

    Walker walker(message);
    walker.Walk(g_mime_message_get_mime_part(mime.get()), 0);
    if (walker.havePlain) {
        message.body = std::move(walker.plain);
    } else if (walker.haveHtml) {
        message.body = HtmlToText(walker.html);
        message.bodyFromHtml = true;
    }
    // Mail bodies use CRLF on the wire; people and search want plain line breaks.
    std::string body;
    body.reserve(message.body.size());
    for (char c : message.body) {
        if (c != '\r') {
            body.push_back(c);
        }
    }
    message.body = TruncateUtf8(std::move(body), kMaxEmailBodyBytes);
    return message;
}

} // namespace reclama::evidence
