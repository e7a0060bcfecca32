#pragma once
// Errors thrown below the edges: each carries a message a person can act on and its context.

#include <stdexcept>
#include <string>

namespace reclama {

// Base of every error Reclama reports. `what()` is the full human-readable message.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Input refused (a case file, a CLI value, a form field). `where` names the JSON pointer,
// file or field, e.g. "/case/contacts/3/at" or "files/x.pdf".
class InputError : public Error {
public:
    InputError(std::string where, const std::string& message)
        : Error(where.empty() ? message : where + ": " + message), m_where(std::move(where)) {}
    const std::string& Where() const { return m_where; }

private:
    std::string m_where;
};

// A case, record or file that was asked for does not exist.
class NotFoundError : public Error {
public:
    using Error::Error;
};

// The case library could not be read or written (disk full, locked, corrupt, newer version).
class StorageError : public Error {
public:
    using Error::Error;
};

// The user cancelled a long job; nothing was changed or written.
class CancelledError : public Error {
public:
    CancelledError() : Error("cancelled") {}
};

} // namespace reclama
