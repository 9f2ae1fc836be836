package org.sitrep.watch.alert;

/**
 * The mail server alerts go through.
 *
 * @param host     its host
 * @param port     its port (25, 465, 587; any in tests)
 * @param from     the sender address
 * @param user     the login, or null for none
 * @param password the password (from $SITREP_SMTP_PASSWORD, never the command line), or null
 * @param startTls whether STARTTLS is required before anything is sent
 */
public record SmtpSettings(String host, int port, String from, String user, String password, boolean startTls) {

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", from " + from + (user == null ? "" : ", user " + user) + "]";
    }
}
