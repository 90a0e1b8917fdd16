#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rd {

// An error is a value: a message written for the person at the keyboard, which names the file or
// field concerned and what is wrong with it. Nothing in core/ reports a failure any other way.
struct Error
{
    QString message;

    // Prefixes the message with where it happened: "statement.releasedesk: " + message.
    Error in(const QString &context) const { return {context + QLatin1String(": ") + message}; }
};

// Either a value or the Error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// The outcome of an operation that produces nothing but may fail.
using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate {});
}

} // namespace rd
