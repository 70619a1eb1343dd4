// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

namespace inbox::demo {

const QList<Country> &countries()
{
    static const QStringList english = {
        QStringLiteral("Hi, is my order on its way?"),
        QStringLiteral("Can I change the delivery address to my office?"),
        QStringLiteral("Do you have this in size M?"),
        QStringLiteral("Thanks, that was quick!"),
        QStringLiteral("What time do you open tomorrow?"),
        QStringLiteral("I'd like to book a table for four at 8pm"),
        QStringLiteral("The invoice shows the wrong amount, can you check?"),
        QStringLiteral("Is there a discount for a second item?"),
        QStringLiteral("Perfect, see you then"),
        QStringLiteral("I never got the tracking number"),
    };
    static const QStringList portuguese = {
        QStringLiteral("Olá, meu pedido já saiu para entrega?"),
        QStringLiteral("Vocês entregam em Campinas?"),
        QStringLiteral("Qual o prazo de troca?"),
        QStringLiteral("Obrigado pelo atendimento!"),
        QStringLiteral("Posso pagar com Pix?"),
        QStringLiteral("Quero reservar uma mesa para sábado às 20h"),
    };
    static const QStringList spanish = {
        QStringLiteral("Hola, ¿cuándo llega mi pedido?"),
        QStringLiteral("¿Tienen envío a Guadalajara?"),
        QStringLiteral("¿Puedo pagar en efectivo al recibir?"),
        QStringLiteral("Muchas gracias por la ayuda"),
        QStringLiteral("Quisiera cambiar la talla de la camiseta"),
    };
    static const QStringList german = {
        QStringLiteral("Hallo, wann wird meine Bestellung geliefert?"),
        QStringLiteral("Kann ich die Rechnung als PDF bekommen?"),
        QStringLiteral("Danke für die schnelle Antwort!"),
    };
    static const QStringList french = {
        QStringLiteral("Bonjour, ma commande est-elle partie ?"),
        QStringLiteral("Est-ce que vous livrez à Lyon ?"),
        QStringLiteral("Merci beaucoup !"),
    };
    static const QStringList indonesian = {
        QStringLiteral("Halo kak, pesanan saya sudah dikirim?"),
        QStringLiteral("Bisa bayar pakai transfer bank?"),
        QStringLiteral("Terima kasih banyak"),
    };
    static const QList<Country> list = {
        {"BR",
         {QStringLiteral("João"), QStringLiteral("Mariana"), QStringLiteral("Lucas"),
          QStringLiteral("Beatriz"), QStringLiteral("Gabriel")},
         {QStringLiteral("Silva"), QStringLiteral("Oliveira"), QStringLiteral("Santos"),
          QStringLiteral("Pereira")},
         portuguese},
        {"MX",
         {QStringLiteral("Sofía"), QStringLiteral("Diego"), QStringLiteral("Valentina"),
          QStringLiteral("Mateo")},
         {QStringLiteral("Hernández"), QStringLiteral("García"), QStringLiteral("Martínez"),
          QStringLiteral("López")},
         spanish},
        {"ES",
         {QStringLiteral("Lucía"), QStringLiteral("Hugo"), QStringLiteral("Carmen")},
         {QStringLiteral("Fernández"), QStringLiteral("Ruiz"), QStringLiteral("Moreno")},
         spanish},
        {"US",
         {QStringLiteral("Emily"), QStringLiteral("Jacob"), QStringLiteral("Olivia"),
          QStringLiteral("Ethan")},
         {QStringLiteral("Johnson"), QStringLiteral("Miller"), QStringLiteral("Davis"),
          QStringLiteral("Wilson")},
         english},
        {"GB",
         {QStringLiteral("Oliver"), QStringLiteral("Amelia"), QStringLiteral("Harry")},
         {QStringLiteral("Smith"), QStringLiteral("Taylor"), QStringLiteral("Brown")},
         english},
        {"IN",
         {QStringLiteral("Aarav"), QStringLiteral("Diya"), QStringLiteral("Rohan"),
          QStringLiteral("Ananya")},
         {QStringLiteral("Patel"), QStringLiteral("Gupta"), QStringLiteral("Iyer"),
          QStringLiteral("Reddy")},
         english},
        {"NG",
         {QStringLiteral("Chinedu"), QStringLiteral("Amaka"), QStringLiteral("Tunde")},
         {QStringLiteral("Okafor"), QStringLiteral("Adeyemi"), QStringLiteral("Eze")},
         english},
        {"ZA",
         {QStringLiteral("Thabo"), QStringLiteral("Naledi"), QStringLiteral("Pieter")},
         {QStringLiteral("Nkosi"), QStringLiteral("van der Merwe"), QStringLiteral("Dlamini")},
         english},
        {"DE",
         {QStringLiteral("Lukas"), QStringLiteral("Hannah"), QStringLiteral("Jonas")},
         {QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Weber")},
         german},
        {"FR",
         {QStringLiteral("Camille"), QStringLiteral("Louis"), QStringLiteral("Chloé")},
         {QStringLiteral("Dubois"), QStringLiteral("Lefèvre"), QStringLiteral("Moreau")},
         french},
        {"ID",
         {QStringLiteral("Putri"), QStringLiteral("Budi"), QStringLiteral("Sari")},
         {QStringLiteral("Wijaya"), QStringLiteral("Santoso"), QStringLiteral("Pratama")},
         indonesian},
    };
    return list;
}

const QStringList &agentReplies()
{
    static const QStringList replies = {
        QStringLiteral("Hi! Let me check that for you."),
        QStringLiteral("Your order left our warehouse this morning 🚚"),
        QStringLiteral("Here is your tracking number: *BR2938475*"),
        QStringLiteral("Sure, I have updated the address."),
        QStringLiteral("We open at _9am_ tomorrow."),
        QStringLiteral("Booked! Table for four at 8pm. See you soon."),
        QStringLiteral("I've sent the corrected invoice to your e-mail."),
        QStringLiteral("Anything else I can help with?"),
        QStringLiteral("Details are on https://example.com/orders"),
    };
    return replies;
}

AutoReplyRules demoAutoReply()
{
    AutoReplyRules rules;
    rules.enabled = true;
    rules.keywords = {
        {{QStringLiteral("menu"), QStringLiteral("menú"), QStringLiteral("carta")},
         QStringLiteral("Hoy: ajiaco santafereño, bandeja paisa y limonada de coco. ¡Los "
                        "esperamos!")},
        {{QStringLiteral("mesa"), QStringLiteral("reserva"), QStringLiteral("reservar")},
         QStringLiteral("Con gusto: díganos para cuántas personas y a qué hora, y un agente le "
                        "confirma la mesa.")}};
    rules.opensAt = QTime(12, 0);
    rules.closesAt = QTime(23, 0);
    rules.timeZone = QStringLiteral("America/Bogota");
    rules.closedReply = QStringLiteral("Ahora estamos cerrados; abrimos a las 12:00 y le "
                                       "respondemos entonces.");
    rules.welcome = QStringLiteral("¡Bienvenido al Bistro! Escriba \"menú\" para ver el plato "
                                   "del día.");
    return rules;
}

const QList<Agent> &demoAgents()
{
    static const QList<Agent> agents = {
        {QStringLiteral("ana"), QStringLiteral("Ana Souza"), Role::Admin},
        {QStringLiteral("marco"), QStringLiteral("Marco Rossi"), Role::Manager},
        {QStringLiteral("priya"), QStringLiteral("Priya Sharma"), Role::Agent},
        {QStringLiteral("lucas"), QStringLiteral("Lucas Martin"), Role::Agent},
        {QStringLiteral("chen"), QStringLiteral("Chen Wei"), Role::Agent},
    };
    return agents;
}

QList<MessageTemplate> demoTemplates(const QString &accountId)
{
    auto body = [](const QString &text) {
        return TemplateComponent{TemplateComponent::Type::Body, {}, text, {}};
    };
    auto footer = [](const QString &text) {
        return TemplateComponent{TemplateComponent::Type::Footer, {}, text, {}};
    };
    return {
        {0,
         accountId,
         QStringLiteral("order_update"),
         QStringLiteral("en_US"),
         QStringLiteral("UTILITY"),
         QStringLiteral("APPROVED"),
         {body(QStringLiteral(
              "Hi {{1}}, your order {{2}} is on its way and should arrive by {{3}}.")),
          footer(QStringLiteral("Reply STOP to opt out"))}},
        {0,
         accountId,
         QStringLiteral("pedido_enviado"),
         QStringLiteral("pt_BR"),
         QStringLiteral("UTILITY"),
         QStringLiteral("APPROVED"),
         {body(QStringLiteral("Olá {{1}}, seu pedido {{2}} foi enviado!"))}},
        {0,
         accountId,
         QStringLiteral("follow_up"),
         QStringLiteral("en_US"),
         QStringLiteral("MARKETING"),
         QStringLiteral("APPROVED"),
         {body(QStringLiteral(
             "Hi {{1}}, we saved your cart. Use code {{2}} for 10% off this week."))}},
        {0,
         accountId,
         QStringLiteral("login_code"),
         QStringLiteral("en_US"),
         QStringLiteral("AUTHENTICATION"),
         QStringLiteral("APPROVED"),
         {body(QStringLiteral("{{1}} is your verification code."))}},
        {0,
         accountId,
         QStringLiteral("summer_sale"),
         QStringLiteral("es_MX"),
         QStringLiteral("MARKETING"),
         QStringLiteral("PENDING"),
         {body(QStringLiteral("¡Hola {{1}}! Rebajas de verano hasta {{2}}."))}},
        {0,
         accountId,
         QStringLiteral("winback"),
         QStringLiteral("en_US"),
         QStringLiteral("MARKETING"),
         QStringLiteral("REJECTED"),
         {body(QStringLiteral("We miss you {{1}}!"))}},
    };
}

} // namespace inbox::demo

namespace inbox::demo {

const QList<CannedResponse> &demoCannedResponses()
{
    static const QList<CannedResponse> replies = {
        {QStringLiteral("hours"),
         QStringLiteral("We are open Monday to Saturday, 9am to 7pm, and Sundays 10am to 4pm."),
         QStringLiteral("ana"),
         {}},
        {QStringLiteral("thanks"),
         QStringLiteral("Thank you for writing to us! Is there anything else I can help with?"),
         QStringLiteral("ana"),
         {}},
        {QStringLiteral("tracking"),
         QStringLiteral("You can follow your order at https://example.com/orders with the "
                        "tracking number from your confirmation e-mail."),
         QStringLiteral("marco"),
         {}},
        {QStringLiteral("refund"),
         QStringLiteral("Refunds go back to the card you paid with within *5 business days* of "
                        "us receiving the item."),
         QStringLiteral("marco"),
         {}},
        {QStringLiteral("address"),
         QStringLiteral("Our shop is at Av. Paulista, 1578 - São Paulo, next to the museum."),
         QStringLiteral("ana"),
         {}},
        {QStringLiteral("wait"),
         QStringLiteral("Let me check that for you, I will be back in a few minutes."),
         QStringLiteral("priya"),
         {}},
    };
    return replies;
}

} // namespace inbox::demo
