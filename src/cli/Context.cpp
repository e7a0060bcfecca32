#include "Context.h"

#include "core/Ledger.h"
#include "jobs/LibraryLocation.h"
#include "store/Library.h"

#include <iostream>

namespace reclama::cli {

Context::Context() : out(&std::cout), err(&std::cerr) {}
Context::~Context() = default;

std::filesystem::path Context::LibraryDir() const { return jobs::ResolveLibraryDir(libraryOption); }

store::Library& Context::Library() {
    if (!m_library) m_library = store::Library::Open(LibraryDir());
    return *m_library;
}

core::Date Context::Today(const std::string& zone) const {
    return core::ResolveToday(asOf.empty() ? std::nullopt : std::optional<std::string>(asOf), zone);
}

} // namespace reclama::cli
