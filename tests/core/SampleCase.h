#pragma once
// Reads the parts of a sample case.json the core rules need, so tests check them against the
// real samples rather than figures copied by hand. (The full reader is the casefile layer.)

#include "core/Model.h"

#include <string>

namespace reclama::core::test {

// `name` is a folder under tests/data/samples, e.g. "es-adsl-averia".
Case LoadSample(const std::string& name);

} // namespace reclama::core::test
