#pragma once

#include <QString>

#include <stdexcept>

namespace debrief::storage {

// A database operation that failed (the write was rolled back); the message says what and where.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

}  // namespace debrief::storage
