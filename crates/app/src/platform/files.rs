//! Files the user chooses and files the page saves: reading the file of an
//! `<input type=file>`, and downloading bytes made in the browser under a name.
//! Natively nothing is read or saved.

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    pub async fn chosen_file(input_id: &str) -> Option<Vec<u8>> {
        let input: web_sys::HtmlInputElement = web_sys::window()?
            .document()?
            .get_element_by_id(input_id)?
            .dyn_into()
            .ok()?;
        let file = input.files()?.get(0)?;
        let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    pub fn download(name: &str, bytes: &[u8], mime: &str) -> bool {
        let save = || -> Option<()> {
            let document = web_sys::window()?.document()?;
            let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(mime);
            let blob =
                web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let link: web_sys::HtmlAnchorElement =
                document.create_element("a").ok()?.dyn_into().ok()?;
            link.set_href(&url);
            link.set_download(name);
            link.click();
            // The download has started by then; the blob is not kept longer.
            leptos::prelude::set_timeout(
                move || {
                    let _ = web_sys::Url::revoke_object_url(&url);
                },
                std::time::Duration::from_secs(60),
            );
            Some(())
        };
        save().is_some()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    pub async fn chosen_file(_: &str) -> Option<Vec<u8>> {
        None
    }
    pub fn download(_: &str, _: &[u8], _: &str) -> bool {
        false
    }
}

/// The bytes of the file chosen in the `<input type=file id=input_id>`; `None` when
/// none is chosen or it cannot be read.
pub async fn chosen_file(input_id: &str) -> Option<Vec<u8>> {
    web::chosen_file(input_id).await
}

/// Saves `bytes` as a download called `name`; whether the browser took it.
pub fn download(name: &str, bytes: &[u8], mime: &str) -> bool {
    web::download(name, bytes, mime)
}
