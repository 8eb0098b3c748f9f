// Calls the dispatcher as the transport would, without sockets, running deferred work in place; shared by the
// dispatcher tests.
#pragma once

#include "dispatcher.h"

#include <QTest>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

// QCOMPARE cannot take json values (their conversions make its overloads ambiguous); this prints both on failure.
#define COMPARE_JSON(actual, expected)                                                                                 \
    do {                                                                                                               \
        const nlohmann::json actualJson_ = (actual);                                                                   \
        const nlohmann::json expectedJson_ = (expected);                                                               \
        QVERIFY2(actualJson_ == expectedJson_,                                                                         \
            qPrintable(                                                                                                \
                QStringLiteral("%1\n   expected %2")                                                                   \
                    .arg(QString::fromStdString(actualJson_.dump()), QString::fromStdString(expectedJson_.dump()))));  \
    } while (false)

namespace notiflow::test {

struct Reply {
    int status = 0;
    std::vector<server::HttpHeader> headers;
    std::string contentType;
    std::string text;
    nlohmann::json body;
    bool deferred = false; // answered by work meant for another thread

    std::string header(const std::string& name) const
    {
        for (const auto& h : headers) {
            if (server::equalsIgnoringCase(h.name, name))
                return h.value;
        }
        return {};
    }
};

inline Reply call(server::Dispatcher& dispatcher, const std::string& method, const std::string& target,
    const std::string& body = {}, std::vector<server::HttpHeader> headers = {}, const std::string& client = "10.0.0.1")
{
    server::HttpRequest request;
    request.method = method;
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    request.query = question == std::string::npos ? std::string() : target.substr(question + 1);
    request.headers = std::move(headers);
    request.body = body;
    request.clientAddress = client;
    server::DispatchResult result = dispatcher.dispatch(request);
    Reply reply;
    reply.deferred = static_cast<bool>(result.work);
    const server::HttpResponse response = result.work ? result.work() : result.response;
    reply.status = response.status;
    reply.headers = response.headers;
    reply.contentType = response.contentType;
    reply.text = response.body;
    if (response.contentType == "application/json")
        reply.body = nlohmann::json::parse(response.body);
    return reply;
}

// A JSON string's text, any other value as JSON: for messages and QCOMPARE.
inline QString text(const nlohmann::json& value)
{
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

inline server::Dispatcher::Options unlimited()
{
    server::Dispatcher::Options options;
    options.rateLimit.perSecond = 0;
    return options;
}

} // namespace notiflow::test
