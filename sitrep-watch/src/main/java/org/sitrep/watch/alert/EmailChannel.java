package org.sitrep.watch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.sitrep.store.watch.Alert;

/** Alerts mailed as plain text (article text is untrusted: no HTML is built from it) over SMTP (Angus Mail). */
public final class EmailChannel implements AlertChannel {

    private static final String TIMEOUT_MS = "20000";

    private final SmtpSettings smtp;
    private final Session session;

    public EmailChannel(SmtpSettings smtp) {
        this.smtp = smtp;
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        p.put("mail.smtp.auth", String.valueOf(smtp.user() != null));
        p.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(Alert alert) throws DeliveryException {
        JsonNode payload = AlertPayload.read(alert.payload());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(smtp.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(alert.target(), true));
            message.setSubject(subject(alert, payload), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("X-Sitrep-Alert", "sitrep-alert-" + alert.id());
            message.setText(AlertText.of(payload), "UTF-8");
            if (smtp.user() != null) {
                Transport.send(message, smtp.user(), smtp.password() == null ? "" : smtp.password());
            } else {
                Transport.send(message);
            }
        } catch (AddressException e) {
            throw new DeliveryException("not a mail address: " + alert.target(), e);
        } catch (MessagingException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            String why = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ");
            throw new DeliveryException("the mail server " + smtp.host() + ":" + smtp.port() + " refused: " + why, e);
        }
    }

    private static String subject(Alert alert, JsonNode payload) {
        String title = payload.path("article").path("title").asText("");
        String subject = "sitrep alert: " + alert.watchlistName() + (title.isBlank() ? "" : ": " + title);
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip(); // no header injection from a title
        return subject.length() > 200 ? subject.substring(0, 200) + "..." : subject;
    }
}
