package org.sitrep.watch.alert;

import org.sitrep.store.watch.Alert;

/** One way alerts leave sitrep: a webhook, a mail server. */
public interface AlertChannel {

    /** An attempt that failed: the message says why in one line. */
    final class DeliveryException extends Exception {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Sends one alert; returns only once the other end has accepted it. */
    void send(Alert alert) throws DeliveryException;
}
