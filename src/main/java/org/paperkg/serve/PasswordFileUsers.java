package org.paperkg.serve;

import java.nio.file.Path;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.Scanner;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The users of a password file ({@code user: password} lines), re-read while it runs whenever the file changes; a
 * Jetty {@link PropertyUserStore} that, when stopped, also ends the thread that watches the file.
 *
 * <p>Jetty's store watches the file with a {@link Scanner} on a scheduler of the scanner's own, and the scanner's
 * {@code doStop} cancels its next scan but never stops that scheduler, so each stopped store would leave an idle
 * thread named {@code Scanner-N-M} behind.
 */
final class PasswordFileUsers extends PropertyUserStore {
    /**
     * The users of this file, looked for changes every {@code reloadSeconds} seconds once started (never when 0).
     */
    PasswordFileUsers(Path file, int reloadSeconds) {
        setConfig(ResourceFactory.root().newResource(file));
        setReloadInterval(reloadSeconds);
    }

    @Override
    protected void doStop() throws Exception {
        Scanner scanner = getBean(Scanner.class);
        super.doStop();
        if (scanner != null) {
            for (Scheduler scheduler : scanner.getBeans(Scheduler.class)) {
                // only the scheduler the scanner made for itself, never one it was given to share
                if (scanner.isManaged(scheduler)) {
                    scheduler.stop();
                }
            }
        }
    }
}
