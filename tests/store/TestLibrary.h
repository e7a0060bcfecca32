#pragma once
// A throw-away library folder for one test, and a small case to put in it.

#include "core/EventTime.h"
#include "store/Library.h"

#include <filesystem>
#include <random>

namespace reclama::test {

struct TempFolder {
    std::filesystem::path path;
    TempFolder() {
        std::random_device random;
        path = std::filesystem::temp_directory_path() / ("reclama-test-" + std::to_string(random()));
        std::filesystem::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
        std::filesystem::remove_all(path, ignored);
    }
};

inline core::Case MadridCase(const std::string& title = "ADSL sin servicio – avería") {
    core::Case c;
    c.title = title;
    c.jurisdiction = "ES";
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    c.claimant.name = "Lucía Martín";
    c.company.name = "Conecta Telecom";
    c.company.customerNumber = "ES-4471902";
    c.summary = "La línea no funciona";
    c.references = {{"Nº cliente", "ES-4471902"}};
    return c;
}

inline core::Contact Call(const std::string& at, const std::string& summary) {
    core::Contact k;
    k.at = core::ParseEventTime(at, "Europe/Madrid");
    k.recordedAt = core::ParseEventTime(at, "Europe/Madrid");
    k.channel = core::Channel::Phone;
    k.agent = "Marta";
    k.waitMin = 22;
    k.summary = summary;
    k.quote = "Le llamamos en 48 horas";
    k.reference = "INC-2026-118734";
    return k;
}

} // namespace reclama::test
