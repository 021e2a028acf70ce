// JShell start-up for the GMG SDK: `./gmg jshell` loads this with the SDK on the class path.
// The bundled dataset is in `hld`; `index` answers queries over it.
import dev.gmg.model.*;
import dev.gmg.io.*;
import dev.gmg.query.*;
import java.time.LocalDate;

var hld = Datasets.hld2014();
var index = ActivityIndex.of(hld);

System.out.println("GMG SDK: " + hld.activities().size() + " activities and " + hld.agencies().size()
        + " agencies in `hld`; try hld.activities(), hld.agencies(), index.query(...),");
System.out.println("or a filter: index.query(ActivityQuery.of(ActivityFilter.parse(\"point:7 AND region:Africa\"))).ids()");
