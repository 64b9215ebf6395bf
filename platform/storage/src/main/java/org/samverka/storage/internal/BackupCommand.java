package org.samverka.storage.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code samverka:backup <folder>} in the Gogo shell: an online, consistent copy of the database
 * while the platform keeps serving (Derby's SYSCS_BACKUP_DATABASE).
 */
@Component(service = BackupCommand.class, property = {"osgi.command.scope=samverka", "osgi.command.function=backup"})
public final class BackupCommand {

    private final DataSource dataSource;

    @Activate
    public BackupCommand(@Reference EmbeddedDerbyDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Backs up into a new time-stamped folder under the given one; returns where it went. */
    public String backup(String folder) throws SQLException {
        Path target = Path.of(folder).toAbsolutePath()
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (Connection c = dataSource.getConnection();
                CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        }
        return "Backed up to " + target.resolve("samverka");
    }
}
