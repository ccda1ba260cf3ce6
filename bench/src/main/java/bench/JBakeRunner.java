package bench;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Plain JBake 2.7: bake SOURCE (content/, templates/, assets/, jbake.properties) into OUTPUT
 * with the Oven API, as `jbake -b` does, in this fresh JVM.
 *
 * Usage: JBakeRunner SOURCE OUTPUT
 */
public final class JBakeRunner {
    public static void main(String[] args) throws Exception {
        File source = new File(args[0]);
        File output = new File(args[1]);
        JBakeConfiguration config =
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        if (!errors.isEmpty()) {
            for (Throwable t : errors) System.err.println("JBake error: " + t);
            System.exit(1);
        }
        System.out.println("baked " + source + " -> " + output);
        System.exit(0);
    }
}
