/** The app shell: header with navigation and the decision-support notice (on every page), routes. */
import { lazy, Suspense, useEffect } from "react";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { AssessPage } from "./AssessPage.js";
import { Link, matchRoute, useLocation } from "./router.js";

// The registry is its own chunk: the assess page loads without it.
const PatientsPage = lazy(() => import("./Registry.js").then((m) => ({ default: m.PatientsPage })));
const PatientPage = lazy(() => import("./Registry.js").then((m) => ({ default: m.PatientPage })));

const TITLES = {
  assess: "Assess",
  patients: "Patients",
  patient: "Patient",
  "not-found": "Not found",
} as const;

export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  useEffect(() => {
    document.title = `${route.name === "patient" ? `Patient ${route.id}` : TITLES[route.name]} · myeloma-navigator`;
  }, [route]);
  const current = (name: string) =>
    route.name === name || (name === "patients" && route.name === "patient") ? "page" : undefined;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site">
        <div className="bar">
          <Link href="/" className="brand">
            myeloma-navigator
          </Link>
          <nav aria-label="Main">
            <Link href="/" aria-current={current("assess")}>
              Assess
            </Link>
            <Link href="/patients" aria-current={current("patients")}>
              Registry
            </Link>
          </nav>
        </div>
        <p className="notice" role="note" data-testid="notice">
          {DECISION_SUPPORT_NOTICE}
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === "assess" && <AssessPage />}
        <Suspense fallback={<p>Loading…</p>}>
          {route.name === "patients" && <PatientsPage />}
          {route.name === "patient" && <PatientPage key={route.id} id={route.id} />}
        </Suspense>
        {route.name === "not-found" && (
          <>
            <h1>Page not found</h1>
            <p>
              Go to the <Link href="/">assess page</Link> or the <Link href="/patients">registry</Link>.
            </p>
          </>
        )}
      </main>
      <footer className="site">
        <p>
          Open, cited decision support for plasma cell disorders. Options to discuss, with their evidence; not
          orders.
        </p>
      </footer>
    </>
  );
}
