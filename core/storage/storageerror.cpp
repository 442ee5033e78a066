#include "storageerror.h"

namespace debrief::storage {

StorageError::StorageError(const QString& message) : std::runtime_error(message.toStdString()), m_message(message)
{
}

}  // namespace debrief::storage
