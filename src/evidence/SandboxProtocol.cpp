// JSON report and command line of the PDF sandbox helper, shared by both sides.
#include "evidence/SandboxProtocol.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <stdexcept>

namespace reclama::evidence::sandbox {
namespace {

constexpr std::pair<HelperStatus, std::string_view> kStatusNames[] = {
    {HelperStatus::Ok, "ok"},
    {HelperStatus::NeedsPassword, "needs-password"},
    {HelperStatus::Unreadable, "unreadable"},
    {HelperStatus::TooLarge, "too-large"},
};

std::uint64_t ParseNumber(const std::string& text, const std::string& option) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        throw std::invalid_argument("option " + option + " needs a whole number, not '" + text +
                                    "'");
    }
    return value;
}

} // namespace

std::string EncodeHelperReport(const HelperReport& report) {
    nlohmann::json json;
    for (const auto& [status, name] : kStatusNames) {
        if (status == report.status) {
            json["status"] = name;
        }
    }
    json["pages"] = report.pages;
    json["encrypted"] = report.encrypted;
    json["removedActiveContent"] = report.removedActiveContent;
    json["removedMetadata"] = report.removedMetadata;
    json["repaired"] = report.repaired;
    // qpdf messages quote bytes from the file: never let them break the JSON.
    json["detail"] = report.detail;
    return json.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

HelperReport DecodeHelperReport(std::string_view text) {
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        throw std::invalid_argument("the PDF helper's report is not a JSON object");
    }
    HelperReport report;
    const auto status = json.find("status");
    if (status == json.end() || !status->is_string()) {
        throw std::invalid_argument("the PDF helper's report has no status");
    }
    bool known = false;
    for (const auto& [value, name] : kStatusNames) {
        if (name == status->get<std::string>()) {
            report.status = value;
            known = true;
        }
    }
    if (!known) {
        throw std::invalid_argument("the PDF helper's report has an unknown status");
    }
    const auto pages = json.find("pages");
    if (pages == json.end() || !pages->is_number_integer() || pages->get<long long>() < 0 ||
        pages->get<long long>() > 10'000'000) {
        throw std::invalid_argument("the PDF helper's report has no valid page count");
    }
    report.pages = pages->get<int>();
    auto flag = [&json](const char* key) {
        const auto it = json.find(key);
        return it != json.end() && it->is_boolean() && it->get<bool>();
    };
    report.encrypted = flag("encrypted");
    report.removedActiveContent = flag("removedActiveContent");
    report.removedMetadata = flag("removedMetadata");
    report.repaired = flag("repaired");
    if (const auto detail = json.find("detail"); detail != json.end() && detail->is_string()) {
        report.detail = detail->get<std::string>().substr(0, 2000);
    }
    return report;
}

std::vector<std::string> HelperArguments(const HelperLimits& limits, const std::string& input,
                                         const std::string& output) {
    return {"--cpu-seconds",
            std::to_string(limits.cpuSeconds),
            "--memory",
            std::to_string(limits.memoryBytes),
            "--output-bytes",
            std::to_string(limits.outputBytes),
            "--open-files",
            std::to_string(limits.openFiles),
            "--max-stream",
            std::to_string(limits.maxStreamBytes),
            "--",
            input,
            output};
}

HelperInvocation ParseHelperArguments(const std::vector<std::string>& arguments) {
    HelperInvocation invocation;
    std::size_t i = 0;
    for (; i < arguments.size() && arguments[i] != "--"; i += 2) {
        if (i + 1 >= arguments.size()) {
            throw std::invalid_argument("option " + arguments[i] + " needs a value");
        }
        const std::string& option = arguments[i];
        const std::uint64_t value = ParseNumber(arguments[i + 1], option);
        if (option == "--cpu-seconds") {
            invocation.limits.cpuSeconds = value;
        } else if (option == "--memory") {
            invocation.limits.memoryBytes = value;
        } else if (option == "--output-bytes") {
            invocation.limits.outputBytes = value;
        } else if (option == "--open-files") {
            invocation.limits.openFiles = value;
        } else if (option == "--max-stream") {
            invocation.limits.maxStreamBytes = value;
        } else {
            throw std::invalid_argument("unknown option " + option);
        }
    }
    if (i + 3 != arguments.size()) {
        throw std::invalid_argument("usage: reclama-pdf-helper [options] -- INPUT.pdf OUTPUT.pdf");
    }
    invocation.input = arguments[i + 1];
    invocation.output = arguments[i + 2];
    return invocation;
}

} // namespace reclama::evidence::sandbox
