#pragma once

#include <QString>

#include <stdexcept>

namespace debrief::report {

// A report that could not be written (the file cannot be opened, the PDF could not be finished); the
// message names the file and says why, translated for the person who asked for the export.
class ReportError : public std::runtime_error {
public:
    explicit ReportError(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

}  // namespace debrief::report
