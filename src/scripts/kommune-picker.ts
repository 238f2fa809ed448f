// Without JavaScript the form stays hidden and the list of all kommuner under it does the job; with it, choosing
// in the select goes straight to the kommune's page.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const go = (id: string | null) => {
  if (id && SLUG.test(id)) window.location.assign(`/rettigheder/${id}/`);
};
for (const form of document.querySelectorAll<HTMLFormElement>('[data-kommune-picker]')) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(new FormData(form).get('kommune') as string | null);
  });
}
