/** A tiny history router: the app has three routes, so a package would be more than it needs. */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from "react";

const listeners = new Set<() => void>();

export function navigate(to: string): void {
  if (to === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", to);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}

const readLocation = () => ({ pathname: window.location.pathname, search: window.location.search });

/** The current location; re-renders on navigation and on back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState(readLocation);
  useEffect(() => {
    const update = () => setLoc(readLocation());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return loc;
}

export type Route =
  | { name: "assess" }
  | { name: "patients" }
  | { name: "patient"; id: string }
  | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "assess" };
  if (path === "/patients") return { name: "patients" };
  const m = /^\/patients\/([^/]+)$/.exec(path);
  if (m) return { name: "patient", id: decodeURIComponent(m[1]!) };
  return { name: "not-found" };
}

/** An <a> that navigates in the page; modified clicks (new tab, …) keep the browser's behaviour. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
