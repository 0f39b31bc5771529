// notFound() from a back-office page renders inside the console shell (sidebar stays).
export { default } from "../not-found";
