import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.roda_project.commons_ip2.cli.Main;
import org.roda_project.commons_ip2.cli.model.exception.handlers.PrintExceptionMessageHandler;
import org.roda_project.commons_ip2.cli.model.exception.handlers.ShortErrorMessageHandler;
import org.roda_project.commons_ip2.validator.constants.Constants;
import picocli.CommandLine;

/**
 * commons-ip's command line, kept running: each line on stdin is one command line (its arguments separated by tabs),
 * run as commons-ip's own main method runs it, and answered on stdout by a line with its exit code. "ready" is the first
 * line. What the tool itself prints goes to stderr, so stdout carries nothing but the answers.
 */
public final class CommonsIpServer {
  public static void main(String[] args) throws Exception {
    PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    // As commons-ip's main does: its log goes to the working directory.
    System.setProperty(Constants.PROPERTY_KEY_HOME, System.getProperty("user.dir"));
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    answers.println("ready");
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      int exitCode;
      try {
        exitCode = new CommandLine(new Main())
            .setExecutionExceptionHandler(new PrintExceptionMessageHandler())
            .setParameterExceptionHandler(new ShortErrorMessageHandler())
            .execute(line.split("\t", -1));
      } catch (RuntimeException | LinkageError e) {
        e.printStackTrace();
        exitCode = -1;
      }
      answers.println(exitCode);
    }
  }
}
