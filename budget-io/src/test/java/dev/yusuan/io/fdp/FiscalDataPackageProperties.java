package dev.yusuan.io.fdp;

import dev.yusuan.io.json.GeneratedDocuments;
import dev.yusuan.model.BudgetDocument;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For generated documents, every fact lands in exactly one measure cell and the sums are exact. */
class FiscalDataPackageProperties {
  @Provide
  Arbitrary<BudgetDocument> documents() {
    return GeneratedDocuments.documents();
  }

  @Property(tries = 50)
  void measureColumnsSumExactlyToTheFacts(@ForAll("documents") BudgetDocument doc) throws Exception {
    FiscalDataPackageTest.assertSumsMatch(doc);
  }
}
